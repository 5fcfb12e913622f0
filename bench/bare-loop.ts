/**
 * The floor for a Node generator: read each post, render it with markdown-it, put it in a fixed template
 * string, write it. No validation, no layout components. Usage: node bare-loop.mjs <input dir> <out dir>
 * (run.ts compiles this file to plain JS first, so that a TypeScript loader's start-up is not measured).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';

const [input, out] = process.argv.slice(2);
if (!input || !out) {
  console.error('usage: bare-loop <input dir> <out dir>');
  process.exit(2);
}

const md = new MarkdownIt();
const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, date: string, slug: string, content: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Ada Wang</title>
<link rel="canonical" href="https://example.org/posts/${slug}/">
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header><a class="site-title" href="/">Ada Wang</a>
<nav aria-label="Main"><a href="/">Home</a><a href="/posts/">Posts</a></nav></header>
<main><article>
<h1>${escapeHtml(title)}</h1>
<time datetime="${date}">${date}</time>
${content}</article></main>
<footer><span>© Ada Wang</span></footer>
</body>
</html>
`;
}

const dir = join(input, 'content');
for (const name of readdirSync(dir)) {
  const text = readFileSync(join(dir, name), 'utf8');
  // Front matter is `---\n…\n---\n`; only title and date are needed, so a line scan is enough here.
  const end = text.indexOf('\n---\n', 4);
  const head = text.slice(4, end);
  const title = /^title: "(.*)"$/m.exec(head)?.[1] ?? name;
  const date = /^date: (.*)$/m.exec(head)?.[1] ?? '';
  const slug = name.slice(0, -3);
  const target = join(out, 'posts', slug);
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, 'index.html'), page(title, date, slug, md.render(text.slice(end + 5))));
}
