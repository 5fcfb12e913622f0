import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const POSTS = 24;

/**
 * Writes a small site of the common kind (front matter, posts with headings, lists, links, emphasis, code, a
 * footnote, a page, a publications list) into `dir`. Building it while the snapshot is made compiles the Markdown
 * parser, the layouts and the writers, so a build started from the snapshot does not pay for that again.
 */
export function writeWarmUpSite(dir: string): void {
  mkdirSync(join(dir, 'posts'), { recursive: true });
  mkdirSync(join(dir, 'pages'), { recursive: true });
  writeFileSync(join(dir, 'site.yml'), [
    'title: Warm Up', 'url: https://warm-up.example', 'description: A site built while the snapshot is made.',
    'author:', '  name: Warm Up', '  bio: Researcher.',
    'navigation:', '  - { title: Home, url: / }', '  - { title: Posts, url: /posts/ }', '',
  ].join('\n'));
  writeFileSync(join(dir, 'pages', 'index.md'), '---\ntitle: Home\n---\n\nWelcome to *this* page. See [posts](/posts/).\n');
  writeFileSync(join(dir, 'publications.bib'), '@article{warm2020,\n  title = {A Study of Warm Starts},\n' +
    '  author = {Up, Warm and Start, Cold},\n  journal = {Journal of Starts},\n  year = {2020},\n}\n');
  for (let i = 1; i <= POSTS; i++) {
    const day = String(i).padStart(2, '0');
    writeFileSync(join(dir, 'posts', `2020-01-${day}-post-${i}.md`), `---
title: "Post ${i} about models"
date: 2020-01-${day}
---

A paragraph with *emphasis*, **strong** words, \`inline code\` and [a link](https://example.com/${i}/).
Another sentence that ends the paragraph.[^1]

## A heading ${i}

- an item
- another item with _emphasis_

1. first
2. second

> A quotation.

### A smaller heading

    indented code

[^1]: A footnote.
`);
  }
}
