/** Writes the new site: YAML files, Markdown pages with front matter, static files copied byte for byte. */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeFoldersIn, replaceFile } from '../write/safe-files.js';
import { toYaml } from './yaml11.js';

export type OutputEntry =
  | { path: string; text: string }
  | { path: string; copyFrom: string };

/** Front matter plus body as a Markdown file. */
export function markdownFile(frontMatter: Record<string, unknown>, body: string): string {
  return `---\n${toYaml(frontMatter)}---\n\n${body}`;
}

/** True when `dir` is missing or empty. */
export function isEmptyDir(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/** Writes every entry under `dest`, creating folders as needed. */
export function writeEntries(dest: string, entries: readonly OutputEntry[]): void {
  mkdirSync(dest, { recursive: true });
  // Every folder first, so that a link standing for one stops the import before any file is written.
  for (const e of entries) makeFoldersIn(dest, e.path);
  for (const e of entries) {
    const target = join(dest, e.path);
    // With --force the destination may hold files already, links among them: replace them, never write through.
    replaceFile(target, 'text' in e ? e.text : { from: e.copyFrom });
  }
}
