/** Writes the new site: YAML files, Markdown pages with front matter, static files copied byte for byte. */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
  for (const e of entries) {
    const target = join(dest, e.path);
    mkdirSync(dirname(target), { recursive: true });
    if ('text' in e) writeFileSync(target, e.text);
    else copyFileSync(e.copyFrom, target);
  }
}
