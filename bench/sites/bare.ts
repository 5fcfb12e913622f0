/** Writes the input of the bare markdown-it loop: the posts as Markdown files with front matter. */
import type { Post } from '../content.js';
import { postMarkdown, writeTree } from './files.js';

/** Writes `root/content/<slug>.md` for every post (replacing root). */
export function writeBareInput(root: string, posts: readonly Post[]): void {
  const files = new Map<string, string>();
  for (const p of posts) files.set(`content/${p.slug}.md`, postMarkdown(p.title, p.date, p.body));
  writeTree(root, files);
}
