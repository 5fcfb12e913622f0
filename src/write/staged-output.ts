import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OUTPUT_MARKER } from './out-dir.js';
import type { OutputFile } from './output-file.js';
import { copyToNewFile, writeNewFile } from './safe-files.js';

/**
 * Output written file by file, as the build makes it, into a temporary sibling of the output folder; `commit()`
 * swaps it in, `discard()` removes it. Pages go to disk as soon as they are rendered, so the build never holds
 * thousands of them in memory, and a build that fails or is killed part-way leaves the previous output untouched.
 */
export class StagedOutput {
  private readonly written = new Set<string>();
  private readonly made = new Set<string>();
  private done = false;

  private constructor(readonly outDir: string, private readonly temp: string) {
    this.made.add(temp);
  }

  /** Creates the temporary folder beside `outDir`, first clearing what a killed build may have left there. */
  static open(outDir: string): StagedOutput {
    const parent = dirname(outDir);
    mkdirSync(parent, { recursive: true });
    removeLeftovers(parent, basename(outDir));
    const temp = join(parent, `.${basename(outDir)}.vita-tmp-${process.pid}`);
    mkdirSync(temp);
    return new StagedOutput(outDir, temp);
  }

  /** The temporary folder the files are written to until `commit()`. */
  get folder(): string {
    return this.temp;
  }

  /** Writes one file into the temporary folder; refuses a path that leaves it or that was written already. */
  add(file: OutputFile): void {
    checkPath(file.path, this.written);
    this.written.add(file.path);
    const target = join(this.temp, file.path);
    const folder = dirname(target);
    if (!this.made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.made.add(folder);
    }
    // Every file is new in a folder this build made: created exclusively, never through a link.
    if ('from' in file) copyToNewFile(file.from, target, file.sha256);
    else writeNewFile(target, file.content);
  }

  /** Marks the folder as Vita's and swaps it in for the output folder. */
  commit(): void {
    this.done = true;
    writeFileSync(join(this.temp, OUTPUT_MARKER), 'Built by Vita. This folder is replaced on every build; edit the site, not this.\n');
    const old = join(dirname(this.outDir), `.${basename(this.outDir)}.vita-old-${process.pid}`);
    rmSync(old, { recursive: true, force: true });
    if (existsSync(this.outDir)) renameSync(this.outDir, old);
    renameSync(this.temp, this.outDir);
    rmSync(old, { recursive: true, force: true });
  }

  /** Removes the temporary folder; the output folder stays as it was. */
  discard(): void {
    if (this.done) return;
    this.done = true;
    rmSync(this.temp, { recursive: true, force: true });
  }
}

// A build that was killed leaves its temporary folder behind; the next build clears it away.
function removeLeftovers(parent: string, name: string): void {
  const prefix = `.${name}.vita-`;
  for (const entry of readdirSync(parent)) {
    if (entry.startsWith(prefix + 'tmp-') || entry.startsWith(prefix + 'old-')) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

/**
 * Last line of defence: every output path is relative, without `.`/`..` segments, and written once.
 * Validation should have caught anything else, so a failure here is a bug in Vita, not the user's mistake.
 */
export function checkPath(path: string, seen: ReadonlySet<string>): void {
  if (path === '' || path.startsWith('/') || /[\\\u0000]/.test(path) || path.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw new Error(`Refusing to write "${path}": output paths must stay inside the output folder.`);
  }
  if (seen.has(path)) throw new Error(`Refusing to write "${path}" twice: two parts of the build made the same file.`);
}
