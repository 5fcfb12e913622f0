/** Writes the benchmark content as a Vita site (docs/site-format.md). */
import { newestFirst, toBibtex, type BibEntry, type Post } from '../content.js';
import { navItems, postMarkdown, SITE_TITLE, writeTree } from './files.js';

/**
 * Where posts go. `posts` (default): posts/YYYY-MM-DD-slug.md, Vita's blog, which writes its own list
 * and feeds. `pages`: pages/posts/<slug>.md plus a generated pages/posts.md list, as plain pages.
 */
export type VitaPostMode = 'pages' | 'posts';

/** Writes the Vita site into `root` (replacing it). */
export function writeVitaSite(root: string, posts: readonly Post[], bib: readonly BibEntry[], mode: VitaPostMode): void {
  const files = new Map<string, string>();
  const nav = navItems(bib.length > 0).map((n) => `  - { title: ${n.title}, url: ${n.url} }`).join('\n');
  files.set('site.yml', `title: ${SITE_TITLE}
url: https://example.org
description: A benchmark site.
author:
  name: ${SITE_TITLE}
  bio: Researcher in machine learning.
navigation:
${nav}
footer:
  text: "Benchmark site"
`);
  const latest = newestFirst(posts).slice(0, 5);
  files.set('pages/index.md', `---\ntitle: ${SITE_TITLE}\n---\n\nWelcome to my homepage. Recent posts:\n\n${latest.map((p) => `- [${p.title}](/posts/${p.slug}/)`).join('\n')}\n`);
  if (mode === 'pages') {
    for (const p of posts) files.set(`pages/posts/${p.slug}.md`, postMarkdown(p.title, p.date, p.body));
    const list = newestFirst(posts).map((p) => `- ${p.date} [${p.title}](/posts/${p.slug}/)`).join('\n');
    files.set('pages/posts.md', `---\ntitle: Posts\n---\n\n${list}\n`);
  } else {
    for (const p of posts) files.set(`posts/${p.date}-${p.slug}.md`, postMarkdown(p.title, p.date, p.body));
  }
  if (bib.length > 0) {
    files.set('publications.bib', toBibtex(bib));
    files.set('pages/publications.md', '---\ntitle: Publications\n---\n\n::publications\n');
  }
  writeTree(root, files);
}
