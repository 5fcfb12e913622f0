import { englishUi } from '../../helpers/ui.js';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import type { Site } from '../../../src/model/types.js';
import { directiveRegistry } from '../../../src/render/directives/registry.js';
import { createMarkdown } from '../../../src/render/markdown/create-markdown.js';
import type { MarkdownEnv } from '../../../src/render/markdown/markdown-env.js';

const src = (line: number) => ({ file: 'data/x.yml', line, col: 1 });
const site: Site = {
  config: { title: 'T', url: 'https://t.example', basePath: '', description: '', language: 'en', colorScheme: 'system' },
  ui: englishUi,
  author: { name: 'Ada Lovelace', nameVariants: ['Ada Lovelace'], emails: [], links: [], interests: [] },
  navigation: [], footer: { links: [] }, pages: [],
  news: [
    { date: '2025-05', text: 'Paper **accepted**', source: src(1) },
    { date: '2025-02', text: 'Talk <script>x</script>', source: src(3) },
    { date: '2024-12', text: 'Joined a lab', source: src(5) },
  ],
  experience: [{ organization: 'Analytical Engines Ltd', role: 'Engineer', start: '2024-01', current: true, source: src(1) }],
  education: [{ organization: 'University of London', role: 'Student', start: '2020-09', end: '2024-06', current: false, source: src(1) }],
  honors: [{ title: 'Medal', by: 'Royal Society', years: ['2023', '2024'], source: src(1) }],
  publications: [], venues: [], staticFiles: [],
};

function render(markdown: string) {
  const bag = new DiagnosticBag();
  const env: MarkdownEnv = { site, page: { url: '/', frontMatter: {}, source: { file: 'pages/index.md', line: 1, col: 1 } }, file: 'pages/index.md', bodyLine: 4, lines: markdown.split('\n'), bag, directives: directiveRegistry(), links: [] };
  const html = createMarkdown().render(markdown, env as unknown as Record<string, unknown>);
  return { html, problems: bag.sorted().map((d) => `${d.file}:${d.position?.line}:${d.position?.col} [${d.rule}] ${d.message} | ${d.hint ?? ''}`) };
}

test('::news{limit=2} shows two items and folds the rest under Earlier news', () => {
  const { html, problems } = render('::news{limit=2}\n');
  assert.deepEqual(problems, []);
  assert.equal((html.match(/class="news__item"/g) ?? []).length, 3);
  assert.match(html, /<details class="news-list__earlier"><summary>Earlier news<\/summary>.*Joined a lab/s);
  assert.doesNotMatch(html.split('<details')[0]!, /Joined a lab/);
  assert.match(html, /Paper <strong>accepted<\/strong>/);
});

test('::experience, ::education and ::honors render their data', () => {
  const { html, problems } = render('::experience\n\n::education\n\n::honors\n');
  assert.deepEqual(problems, []);
  assert.match(html, /Analytical Engines Ltd/);
  assert.match(html, /Present/);
  assert.match(html, /University of London/);
  assert.match(html, /Medal/);
  assert.match(html, /2023, 2024/);
});

test('a directive inside a paragraph line is plain text, not a directive', () => {
  const { html, problems } = render('Write ::news to show news.\n');
  assert.deepEqual(problems, []);
  assert.equal(html, '<p>Write ::news to show news.</p>\n');
});

test('unknown directives and options are errors at file:line:col', () => {
  const { problems } = render('Intro\n\n::newz\n\n  ::news{limit=3 foo}\n\n::news{limit=x}\n\n::note\n');
  assert.deepEqual(problems, [
    'pages/index.md:6:1 [unknown-directive] Unknown directive "::newz". | Did you mean ::news?',
    'pages/index.md:8:18 [unknown-directive-option] Unknown option "foo" for ::news. | ::news takes: limit.',
    'pages/index.md:10:8 [bad-directive-option] The option "limit" of ::news needs a whole number. | Write limit=5, for example.',
    'pages/index.md:12:1 [unknown-directive] Unknown directive "::note". | "note" is a callout: write it as a container, :::note … :::.',
  ]);
});

test('callouts wrap Markdown, take a label, and nest', () => {
  const { html, problems } = render(':::warning[Heads **up**]\nBe *careful*.\n\n::::tip\nInner.\n::::\n:::\n');
  assert.deepEqual(problems, []);
  assert.match(html, /class="callout callout--warning" role="note"/);
  assert.match(html, /Heads <strong>up<\/strong>/);
  assert.match(html, /<p>Be <em>careful<\/em>\.<\/p>/);
  assert.match(html, /class="callout callout--tip" role="note"[\s\S]*<p>Inner\.<\/p>[\s\S]*<\/div>[\s\S]*<\/div>/);
});

test('an unclosed container and an unknown container are reported', () => {
  const { problems } = render('Text\n\n:::notice\nInside\n');
  assert.deepEqual(problems, [
    'pages/index.md:6:1 [unclosed-container] The container ":::notice" is never closed. | End it with a line holding only :::.',
    'pages/index.md:6:1 [unknown-directive] Unknown container ":::notice". | Containers are callouts: :::note, :::tip, :::important, :::warning, :::caution.',
  ]);
});

test('Markdown features: tables, strikethrough, footnotes, heading anchors, emoji, raw HTML', () => {
  const { html } = render('## Hello World\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ :fire: <span class="x">raw</span>[^1]\n\n[^1]: Note.\n\n## 王泽卿\n');
  assert.match(html, /<h2 id="hello-world">Hello World<\/h2>/);
  assert.match(html, /<div class="table-scroll" role="region" tabindex="0" aria-label="Table">\n<table>/);
  assert.match(html, /<s>old<\/s> 🔥 <span class="x">raw<\/span>/);
  assert.match(html, /class="footnotes"/);
  assert.match(html, /<h2 id="王泽卿">王泽卿<\/h2>/);
});

test('javascript: links in Markdown are neutralised; data values are escaped', () => {
  const { html } = render('[x](javascript:alert(1)) [y](vbscript:x) [z](data:text/html,hi)\n\n::news\n');
  assert.doesNotMatch(html, /href="(javascript|vbscript|data):/);
  assert.match(html, /Talk &lt;script>x&lt;\/script>|Talk &lt;script&gt;x&lt;\/script&gt;/);
});

test('a directive line ends a paragraph, indented up to three spaces; four spaces or a tab make it code or text', () => {
  const { html, problems } = render('Intro line\n   ::honors\n\nText\n:::note\nInside\n:::\n\n    ::honors\n\n\t::honors\n');
  assert.deepEqual(problems, []);
  assert.match(html, /^<p>Intro line<\/p>\n.*Medal.*<p>Text<\/p>\n<div class="callout callout--note"/s);
  assert.match(html, /<\/div><\/div>\n<pre><code>::honors\n\n::honors\n<\/code><\/pre>\n$/);
});
