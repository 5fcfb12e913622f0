/** Writes the benchmark content as a Jekyll site with layouts and includes of our own (no theme gem). */
import type { BibEntry, Post } from '../content.js';
import { navItems, postMarkdown, SITE_CSS, SITE_TITLE, writeTree } from './files.js';

const DEFAULT = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% if page.url == "/" %}{{ site.title }}{% else %}{{ page.title }} · {{ site.title }}{% endif %}</title>
<meta name="description" content="{{ page.excerpt | default: site.description | strip_html | normalize_whitespace | truncate: 160 }}">
<link rel="canonical" href="{{ page.url | absolute_url }}">
<link rel="stylesheet" href="{{ "/assets/css/site.css" | relative_url }}">
</head>
<body>
{% include header.html %}
<main>{{ content }}</main>
{% include footer.html %}
</body>
</html>
`;

const HEADER = `<header><a class="site-title" href="{{ "/" | relative_url }}">{{ site.title }}</a>
<nav aria-label="Main">{% for item in site.nav %}<a href="{{ item.url | relative_url }}">{{ item.title }}</a>{% endfor %}</nav></header>
`;

const FOOTER = `<footer><span>© {{ site.title }}</span><nav aria-label="Footer"><a href="{{ "/posts/" | relative_url }}">Posts</a></nav></footer>
`;

const POST = `---
layout: default
---
<article>
<h1>{{ page.title }}</h1>
<time datetime="{{ page.date | date: "%Y-%m-%d" }}">{{ page.date | date: "%-d %B %Y" }}</time>
{{ content }}
</article>
`;

const PAGE = `---
layout: default
---
<h1>{{ page.title }}</h1>
{{ content }}
`;

const POST_LIST = `---
title: Posts
layout: page
permalink: /posts/
---
<ul class="post-list">{% for post in site.posts %}
<li><time datetime="{{ post.date | date: "%Y-%m-%d" }}">{{ post.date | date: "%Y-%m-%d" }}</time> <a href="{{ post.url | relative_url }}">{{ post.title }}</a></li>{% endfor %}
</ul>
`;

const PUBLICATIONS = `---
title: Publications
layout: page
permalink: /publications/
---
<ol class="publications">{% for p in site.data.publications %}
<li>{{ p.authors | join: ", " }}. <cite>{{ p.title }}</cite>. {{ p.venue }}, {{ p.year }}.</li>{% endfor %}
</ol>
`;

/** Writes the Jekyll site into `root` (replacing it). */
export function writeJekyllSite(root: string, posts: readonly Post[], bib: readonly BibEntry[]): void {
  const files = new Map<string, string>();
  const nav = navItems(bib.length > 0).map((n) => `  - { title: ${n.title}, url: ${n.url} }`).join('\n');
  files.set('_config.yml', `title: ${SITE_TITLE}
description: A benchmark site.
url: https://example.org
permalink: /posts/:title/
markdown: kramdown
defaults:
  - { scope: { path: "", type: posts }, values: { layout: post } }
nav:
${nav}
`);
  files.set('_layouts/default.html', DEFAULT);
  files.set('_layouts/post.html', POST);
  files.set('_layouts/page.html', PAGE);
  files.set('_includes/header.html', HEADER);
  files.set('_includes/footer.html', FOOTER);
  files.set('assets/css/site.css', SITE_CSS);
  files.set('index.md', `---\ntitle: ${SITE_TITLE}\nlayout: page\n---\n\nWelcome to my homepage. Recent posts:\n\n{% for post in site.posts limit: 5 %}- [{{ post.title }}]({{ post.url | relative_url }})\n{% endfor %}\n`);
  files.set('posts.html', POST_LIST);
  for (const p of posts) files.set(`_posts/${p.date}-${p.slug}.md`, postMarkdown(p.title, p.date, p.body));
  if (bib.length > 0) {
    files.set('_data/publications.json', JSON.stringify(bib));
    files.set('publications.html', PUBLICATIONS);
  }
  writeTree(root, files);
}
