import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OUTPUT_MARKER } from './out-dir.js';
import type { OutputFile } from './output-file.js';

/**
 * Writes all files into a temporary sibling folder, then swaps it in for `outDir`. A build that
 * fails or is killed part-way leaves the previous output untouched.
 */
export function writeOutput(outDir: string, files: readonly OutputFile[]): void {
  checkPaths(files);
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const temp = join(parent, `.${basename(outDir)}.vita-tmp-${process.pid}`);
  const old = join(parent, `.${basename(outDir)}.vita-old-${process.pid}`);
  removeLeftovers(parent, basename(outDir));
  mkdirSync(temp);
  const made = new Set<string>([temp]);
  for (const file of files) {
    const target = join(temp, file.path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    if ('from' in file) copyFileSync(file.from, target);
    else writeFileSync(target, file.content);
  }
  writeFileSync(join(temp, OUTPUT_MARKER), 'Built by Vita. This folder is replaced on every build; edit the site, not this.\n');
  rmSync(old, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(temp, outDir);
  rmSync(old, { recursive: true, force: true });
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
function checkPaths(files: readonly OutputFile[]): void {
  const seen = new Set<string>();
  for (const { path } of files) {
    if (path === '' || path.startsWith('/') || /[\\\u0000]/.test(path) || path.split('/').some((s) => s === '' || s === '.' || s === '..')) {
      throw new Error(`Refusing to write "${path}": output paths must stay inside the output folder.`);
    }
    if (seen.has(path)) throw new Error(`Refusing to write "${path}" twice: two parts of the build made the same file.`);
    seen.add(path);
  }
}
