import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from './out-dir.js';
import type { OutputFile, OutputPieces } from './output-file.js';
import { acquireLock, isAlive } from './output-lock.js';
import { copyToNewFile, writeNewFile, writeNewFileFromParts } from './safe-files.js';

/**
 * Output written file by file, as the build makes it, into a temporary sibling of the output folder; `commit()`
 * swaps it in, `discard()` removes it. Pages go to disk as soon as they are rendered, so the build never holds
 * thousands of them in memory, and a build that fails or is killed part-way leaves the previous output untouched.
 * One build at a time holds the output folder (see output-lock.ts). An output folder that is a mount point
 * cannot be renamed (EBUSY): then the temporary folder goes inside it and its contents are replaced instead.
 */
export class StagedOutput {
  private readonly written = new Set<string>();
  private readonly made = new Set<string>();
  private done = false;

  private constructor(readonly outDir: string, private readonly temp: string, private readonly into: boolean, private readonly release: () => void) {
    this.made.add(temp);
  }

  /** Creates the temporary folder beside `outDir`, first recovering or clearing what a killed build left there. */
  static open(outDir: string): StagedOutput {
    const parent = dirname(outDir);
    mkdirSync(parent, { recursive: true });
    let release: () => void;
    try {
      release = acquireLock(join(parent, `.${basename(outDir)}.vita-lock`));
    } catch (error) {
      // The lock is the first thing written: its failure (permission, read-only, full disk) is the folder's.
      throw Object.assign(error as Error, { path: parent, syscall: 'writeinto' });
    }
    try {
      recoverLeftovers(parent, basename(outDir));
      const into = isMountPoint(outDir);
      const temp = into ? join(outDir, `.vita-tmp-${process.pid}`) : join(parent, `.${basename(outDir)}.vita-tmp-${process.pid}`);
      rmSync(temp, { recursive: true, force: true });
      mkdirSync(temp);
      return new StagedOutput(outDir, temp, into, release);
    } catch (error) {
      release();
      throw error;
    }
  }

  /** The temporary folder the files are written to until `commit()`. */
  get folder(): string {
    return this.temp;
  }

  /** Writes one file into the temporary folder; refuses a path that leaves it or that was written already. */
  add(file: OutputFile | OutputPieces): void {
    checkPath(file.path, this.written);
    this.written.add(file.path);
    // checkPath let through only plain relative segments: on POSIX they need no path.join normalising pass.
    const target = sep === '/' ? `${this.temp}/${file.path}` : join(this.temp, file.path);
    const folder = dirname(target);
    if (!this.made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.made.add(folder);
    }
    // Every file is new in a folder this build made: created exclusively, never through a link.
    if ('from' in file) copyToNewFile(file.from, target, file.sha256);
    else if ('parts' in file) writeNewFileFromParts(target, file.parts);
    else writeNewFile(target, file.content);
  }

  /**
   * Marks the folder as Vita's and swaps it in for the output folder. Between the two renames there is no
   * output folder; a build killed right there leaves the previous one as `.<name>.vita-old-<pid>`, which the
   * next build puts back before anything else.
   */
  commit(): void {
    this.done = true;
    try {
      writeNewFile(join(this.temp, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
      if (this.into) return replaceContents(this.outDir, this.temp);
      const old = join(dirname(this.outDir), `.${basename(this.outDir)}.vita-old-${process.pid}`);
      rmSync(old, { recursive: true, force: true });
      if (existsSync(this.outDir)) renameSync(this.outDir, old);
      renameSync(this.temp, this.outDir);
      rmSync(old, { recursive: true, force: true });
    } finally {
      this.release();
    }
  }

  /** Removes the temporary folder; the output folder stays as it was. */
  discard(): void {
    if (this.done) return;
    this.done = true;
    try {
      rmSync(this.temp, { recursive: true, force: true });
    } finally {
      this.release();
    }
  }
}

/** Puts back an output folder that a build killed inside the swap left under its -old- name (before a build reports errors). */
export function recoverOutput(outDir: string): void {
  if (existsSync(outDir) || !existsSync(dirname(outDir))) return;
  if (!readdirSync(dirname(outDir)).some((n) => n.startsWith(`.${basename(outDir)}.vita-old-`))) return;
  const release = acquireLock(join(dirname(outDir), `.${basename(outDir)}.vita-lock`));
  try {
    recoverLeftovers(dirname(outDir), basename(outDir));
  } finally {
    release();
  }
}

// Called with the lock held. A killed build leaves its temporary folder (cleared) or, if it died inside the swap,
// the previous output under its -old- name (put back when the output folder is missing). Names carry the owner's
// process id, so nothing of a live build is touched even by a Vita that does not take the lock. A site's repository
// can ship entries with these names: only a real folder holding Vita's marker is put back; anything else (a link to
// a folder elsewhere, above all) is removed as it is, never followed.
function recoverLeftovers(parent: string, name: string): void {
  const prefix = `.${name}.vita-`;
  const outDir = join(parent, name);
  for (const entry of readdirSync(parent).sort()) {
    const m = /^(tmp|old)-(\d+)$/.exec(entry.startsWith(prefix) ? entry.slice(prefix.length) : '');
    if (!m || (Number(m[2]) !== process.pid && isAlive(Number(m[2])))) continue;
    const path = join(parent, entry);
    if (m[1] === 'old' && isVitaOutput(path) && !lexists(outDir)) renameSync(path, outDir);
    else rmSync(path, { recursive: true, force: true });
  }
}

// A real folder (not a link to one) that a build of Vita's made: it holds the marker as an ordinary file.
function isVitaOutput(path: string): boolean {
  return lstatSync(path).isDirectory() && lstatSync(join(path, OUTPUT_MARKER), { throwIfNoEntry: false })?.isFile() === true;
}

// existsSync follows links: a dangling link at the output's name is still something the rename would replace.
function lexists(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
}

// A mount point cannot be renamed; rename() across it fails with EBUSY (or EXDEV), so its device or the
// mount table tells. A link is never one: it is renamed away like any other entry, so the build never writes
// into (or clears) the folder it leads to.
function isMountPoint(dir: string): boolean {
  if (lstatSync(dir, { throwIfNoEntry: false })?.isDirectory() !== true) return false;
  if (statSync(dir).dev !== statSync(dirname(dir)).dev) return true;
  try {
    const unescape = (p: string) => p.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
    return readFileSync('/proc/self/mountinfo', 'utf8').split('\n').some((line) => unescape(line.split(' ')[4] ?? '') === dir);
  } catch {
    return false; // not Linux: the device test above is what there is
  }
}

// Writing into a mount point: the old contents go, the new ones move up out of the temporary folder inside it.
function replaceContents(outDir: string, temp: string): void {
  for (const entry of readdirSync(outDir)) if (join(outDir, entry) !== temp) rmSync(join(outDir, entry), { recursive: true, force: true });
  for (const entry of readdirSync(temp)) renameSync(join(temp, entry), join(outDir, entry));
  rmSync(temp, { recursive: true, force: true });
}

// A backslash or NUL anywhere, or an empty, `.` or `..` segment (which covers '' and a leading `/`): one test per
// file instead of splitting every path into its segments.
const UNSAFE_OUTPUT_PATH = /[\\\u0000]|(?:^|\/)\.{0,2}(?:\/|$)/;

/**
 * Last line of defence: every output path is relative, without `.`/`..` segments, and written once.
 * Validation should have caught anything else, so a failure here is a bug in Vita, not the user's mistake.
 */
export function checkPath(path: string, seen: ReadonlySet<string>): void {
  if (UNSAFE_OUTPUT_PATH.test(path)) {
    throw new Error(`Refusing to write "${path}": output paths must stay inside the output folder.`);
  }
  if (seen.has(path)) throw new Error(`Refusing to write "${path}" twice: two parts of the build made the same file.`);
}
