/** Writes the benchmark content as a Hugo site with a small theme of our own (baseof/single/list, partials). */
import type { BibEntry, Post } from '../content.js';
import { navItems, postMarkdown, SITE_CSS, SITE_TITLE, writeTree } from './files.js';

const BASEOF = `<!doctype html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ .Site.Title }}{{ else }}{{ .Title }} · {{ .Site.Title }}{{ end }}</title>
<meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ .Summary | plainify | truncate 160 }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
<link rel="stylesheet" href="{{ "css/site.css" | relURL }}">
</head>
<body>
{{ partial "header.html" . }}
<main>{{ block "main" . }}{{ end }}</main>
{{ partial "footer.html" . }}
</body>
</html>
`;

const HEADER = `<header><a class="site-title" href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
<nav aria-label="Main">{{ range .Site.Menus.main }}<a href="{{ .URL | relURL }}">{{ .Name }}</a>{{ end }}</nav></header>
`;

const FOOTER = `<footer><span>© {{ .Site.Title }}</span><nav aria-label="Footer"><a href="{{ "/posts/" | relURL }}">Posts</a><a href="{{ "index.xml" | relURL }}">RSS</a></nav></footer>
`;

const SINGLE = `{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
{{ if not .Date.IsZero }}<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>{{ end }}
{{ .Content }}
</article>{{ end }}
`;

const LIST = `{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
<ul class="post-list">{{ range .Pages.ByDate.Reverse }}
<li><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time> <a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
</ul>{{ end }}
`;

const HOME = `{{ define "main" }}<h1>{{ .Site.Title }}</h1>
{{ .Content }}
<ul>{{ range first 5 (where .Site.RegularPages.ByDate.Reverse "Section" "posts") }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
</ul>{{ end }}
`;

const PUBLICATIONS = `{{ define "main" }}<h1>{{ .Title }}</h1>
<ol class="publications">{{ range .Site.Data.publications }}
<li>{{ delimit .authors ", " }}. <cite>{{ .title }}</cite>. {{ .venue }}, {{ .year }}.</li>{{ end }}
</ol>{{ end }}
`;

/** Writes the Hugo site into `root` (replacing it). */
export function writeHugoSite(root: string, posts: readonly Post[], bib: readonly BibEntry[]): void {
  const files = new Map<string, string>();
  const menu = navItems(bib.length > 0)
    .map((n, i) => `[[menu.main]]\nname = "${n.title}"\nurl = "${n.url}"\nweight = ${i + 1}\n`).join('\n');
  files.set('hugo.toml', `baseURL = "https://example.org/"\nlanguageCode = "en"\ntitle = "${SITE_TITLE}"\n\n${menu}`);
  files.set('layouts/_default/baseof.html', BASEOF);
  files.set('layouts/partials/header.html', HEADER);
  files.set('layouts/partials/footer.html', FOOTER);
  files.set('layouts/_default/single.html', SINGLE);
  files.set('layouts/_default/list.html', LIST);
  files.set('layouts/index.html', HOME);
  files.set('static/css/site.css', SITE_CSS);
  files.set('content/_index.md', `---\ntitle: "${SITE_TITLE}"\n---\n\nWelcome to my homepage. Recent posts:\n`);
  files.set('content/posts/_index.md', '---\ntitle: "Posts"\n---\n');
  for (const p of posts) files.set(`content/posts/${p.slug}.md`, postMarkdown(p.title, p.date, p.body));
  if (bib.length > 0) {
    files.set('layouts/_default/publications.html', PUBLICATIONS);
    files.set('data/publications.json', JSON.stringify(bib));
    files.set('content/publications.md', '---\ntitle: "Publications"\nlayout: publications\n---\n');
  }
  writeTree(root, files);
}
