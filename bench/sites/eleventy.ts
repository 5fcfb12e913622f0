/** Writes the benchmark content as an Eleventy 3 site with Liquid layouts of our own. */
import type { BibEntry, Post } from '../content.js';
import { navItems, postMarkdown, SITE_CSS, SITE_TITLE, writeTree } from './files.js';

const CONFIG = `export default function (config) {
  config.addPassthroughCopy('css');
  return { dir: { input: '.', includes: '_includes', data: '_data' }, markdownTemplateEngine: 'liquid' };
}
`;

const BASE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% if page.url == "/" %}{{ site.title }}{% else %}{{ title }} · {{ site.title }}{% endif %}</title>
<meta name="description" content="{{ content | strip_html | strip_newlines | truncate: 160 }}">
<link rel="canonical" href="{{ site.url }}{{ page.url }}">
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header><a class="site-title" href="/">{{ site.title }}</a>
<nav aria-label="Main">{% for item in site.nav %}<a href="{{ item.url }}">{{ item.title }}</a>{% endfor %}</nav></header>
<main>{{ content }}</main>
<footer><span>© {{ site.title }}</span><nav aria-label="Footer"><a href="/posts/">Posts</a></nav></footer>
</body>
</html>
`;

const POST = `---
layout: base.liquid
---
<article>
<h1>{{ title }}</h1>
<time datetime="{{ page.date | date: "%Y-%m-%d" }}">{{ page.date | date: "%-d %B %Y" }}</time>
{{ content }}
</article>
`;

const PAGE = `---
layout: base.liquid
---
<h1>{{ title }}</h1>
{{ content }}
`;

const POST_LIST = `---
title: Posts
layout: page.liquid
permalink: /posts/
---
{% assign newest = collections.posts | reverse %}<ul class="post-list">{% for post in newest %}
<li><time datetime="{{ post.date | date: "%Y-%m-%d" }}">{{ post.date | date: "%Y-%m-%d" }}</time> <a href="{{ post.url }}">{{ post.data.title }}</a></li>{% endfor %}
</ul>
`;

const PUBLICATIONS = `---
title: Publications
layout: page.liquid
permalink: /publications/
---
<ol class="publications">{% for p in publications %}
<li>{{ p.authors | join: ", " }}. <cite>{{ p.title }}</cite>. {{ p.venue }}, {{ p.year }}.</li>{% endfor %}
</ol>
`;

/** Writes the Eleventy site into `root` (replacing it). */
export function writeEleventySite(root: string, posts: readonly Post[], bib: readonly BibEntry[]): void {
  const files = new Map<string, string>();
  files.set('eleventy.config.mjs', CONFIG);
  files.set('_data/site.json', JSON.stringify({ title: SITE_TITLE, url: 'https://example.org', nav: navItems(bib.length > 0) }));
  files.set('_includes/base.liquid', BASE);
  files.set('_includes/post.liquid', POST);
  files.set('_includes/page.liquid', PAGE);
  files.set('css/site.css', SITE_CSS);
  files.set('index.md', `---\ntitle: ${SITE_TITLE}\nlayout: page.liquid\n---\n\nWelcome to my homepage. Recent posts:\n\n{% assign newest = collections.posts | reverse %}{% for post in newest limit: 5 %}- [{{ post.data.title }}]({{ post.url }})\n{% endfor %}\n`);
  files.set('posts.liquid', POST_LIST);
  files.set('posts/posts.json', JSON.stringify({ layout: 'post.liquid', tags: 'posts' }));
  for (const p of posts) files.set(`posts/${p.slug}.md`, postMarkdown(p.title, p.date, p.body));
  if (bib.length > 0) {
    files.set('_data/publications.json', JSON.stringify(bib));
    files.set('publications.liquid', PUBLICATIONS);
  }
  writeTree(root, files);
}
