import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../../../src/build.js';
import { MINIMAL_SITE_YML, writeSite } from '../../helpers/site.js';

async function built(files: Record<string, string>) {
  const result = await build({ root: writeSite(files), write: false });
  assert.deepEqual(result.diagnostics.map((d) => `${d.file}:${d.position?.line}:${d.position?.col} ${d.message}`), []);
  const text = new Map(result.files.map((f) => [f.path, 'content' in f ? Buffer.from(f.content).toString('utf8') : '']));
  return { text, paths: [...text.keys()] };
}

const HOME = '---\ntitle: Home\npermalink: /\nlayout: home\n---\n\nHello.\n';

test('a site that sets nothing gets no stylesheet of its own', async () => {
  const { paths, text } = await built({ 'site.yml': MINIMAL_SITE_YML, 'pages/index.md': HOME });
  assert.deepEqual(paths.filter((p) => p.endsWith('.css')).map((p) => p.replace(/\.[0-9a-f]{10}\./, '.#.')), ['assets/vita.#.css']);
  assert.doesNotMatch(text.get('index.html')!, /site\.[0-9a-f]+\.css/);
});

test('theme settings: the preset, the accent family, width, radius and density become custom properties after Vita\'s CSS', async () => {
  const { paths, text } = await built({
    'site.yml': `${MINIMAL_SITE_YML}theme:\n  preset: scholar\n  accent: "#0b6e4f"\n  width: wide\n  radius: none\n  density: compact\n  font: [Source Serif 4]\n  css: theme/custom.css\n`,
    'theme/custom.css': '/* mine */\n.publication { border-left: 3px solid var(--accent); }\n',
    'pages/index.md': HOME,
  });
  const sitePath = paths.find((p) => /^assets\/site\.[0-9a-f]{10}\.css$/.test(p))!;
  const css = text.get(sitePath)!;
  const html = text.get('index.html')!;
  assert.match(html, new RegExp(`<link rel="stylesheet" href="/assets/vita\\.[0-9a-f]{10}\\.css"><link rel="stylesheet" href="/${sitePath.replace(/\./g, '\\.')}">`));
  // The preset's own rules, then the settings, then the owner's CSS last (minified like Vita's).
  assert.ok(css.indexOf('font-variant-caps:small-caps') < css.indexOf(':root{--font-body:"Source Serif 4"'));
  assert.ok(css.endsWith('.publication{border-left:3px solid var(--accent)}\n'));
  assert.doesNotMatch(css, /mine/);
  assert.match(css, /--width:84rem;--measure:56rem;--page-measure:58rem;--radius-s:0;--radius:0;--radius-l:0;--radius-pill:0;--space:0\.65;--leading:1\.55;/);
  assert.match(css, /--bg:#fbf8f2;.*--accent:#0b6e4f;--accent-hover:#084f39;--accent-soft:#e7efe8;--venue-bg:#0b6e4f;--venue-fg:#ffffff;--note:#0b6e4f;--note-bg:#e8ede5\}/);
  assert.match(css, /@media \(prefers-color-scheme: dark\)\{:root:not\(\[data-theme="light"\]\)\{--bg:#171512;.*--accent:#2edba4;/);
  assert.match(css, /"Source Serif 4","Iowan Old Style",.*"Songti SC".*serif,"Apple Color Emoji"/);
});

test('HTML snippets go to their places on every page, the 404 page included', async () => {
  const snippet = (name: string) => `<!-- ${name} --><span>${name}</span>`;
  const places = ['head_end', 'header_before', 'header_after', 'sidebar_end', 'main_before', 'main_after', 'footer_end'];
  const { text } = await built({
    'site.yml': `${MINIMAL_SITE_YML}theme:\n  html:\n${places.map((p) => `    ${p}: theme/${p}.html\n`).join('')}`,
    ...Object.fromEntries(places.map((p) => [`theme/${p}.html`, snippet(p)])),
    'pages/index.md': HOME,
  });
  const html = text.get('index.html')!;
  assert.match(html, /<span>head_end<\/span><\/head><body><!-- header_before --><span>header_before<\/span><a class="skip-link"/);
  assert.match(html, /<\/header><!-- header_after --><span>header_after<\/span><div class="layout layout--home"><aside/);
  assert.match(html, /<span>sidebar_end<\/span><\/aside><main id="main" class="main"><!-- main_before --><span>main_before<\/span><article/);
  assert.match(html, /<\/article><!-- main_after --><span>main_after<\/span><\/main><\/div><footer/);
  assert.match(html, /<span>footer_end<\/span><\/footer><\/body>/);
  const notFound = text.get('404.html')!;
  for (const place of places.filter((p) => p !== 'sidebar_end')) assert.ok(notFound.includes(`<span>${place}</span>`), place);
});

test('front matter: the profile on top or nowhere, full width, a hidden title and a table of contents', async () => {
  const { text, paths } = await built({
    'site.yml': MINIMAL_SITE_YML,
    'pages/index.md': '---\ntitle: Home\npermalink: /\nlayout: home\nprofile: top\n---\n\nHello.\n',
    'pages/plain.md': '---\ntitle: Plain\nlayout: home\nprofile: none\nfull_width: true\nhide_title: true\n---\n\nHi.\n',
    'pages/notes.md': '---\ntitle: Notes\ntoc: true\n---\n\n## One & two\n\n### Deeper\n\n## Three\n',
  });
  assert.ok(paths.some((p) => /^assets\/site\.[0-9a-f]{10}\.css$/.test(p)), 'layout options bring the settings layer');
  assert.match(text.get('index.html')!, /<div class="layout layout--home layout--profile-top"><aside class="profile"/);
  assert.match(text.get('plain/index.html')!, /<div class="layout layout--page layout--full"><main id="main" class="main"><article class="page"><h1 class="page__title sr-only">Plain<\/h1>/);
  assert.ok(text.get('notes/index.html')!.includes('<h1 class="page__title">Notes</h1><div class="page__toc"><nav class="toc" aria-labelledby="toc-title">' +
    '<p class="toc__title" id="toc-title">On this page</p><ol><li><a href="#one-two">One &amp; two</a><ol><li><a href="#deeper">Deeper</a></li></ol></li>' +
    '<li><a href="#three">Three</a></li></ol></nav></div><div class="page__body prose">'));
});

// The browser's own bars (mobile address bar, PWA title bar) take the colour of the page they show.
test('<meta name="theme-color"> follows the preset\'s page background, light and dark', async () => {
  const themeColors = (html: string) => [...html.matchAll(/<meta name="theme-color" content="([^"]+)" media="([^"]+)">/g)].map((m) => `${m[1]} ${m[2]}`);
  const cases: Array<[string, string[]]> = [
    ['', ['#fbfbf9 (prefers-color-scheme: light)', '#15171b (prefers-color-scheme: dark)']],
    ['theme:\n  accent: "#0b6e4f"\n', ['#fbfbf9 (prefers-color-scheme: light)', '#15171b (prefers-color-scheme: dark)']],
    ['theme:\n  preset: scholar\n', ['#fbf8f2 (prefers-color-scheme: light)', '#171512 (prefers-color-scheme: dark)']],
    ['theme:\n  preset: modern\n  accent: "#7a3fb0"\n', ['#f6f8fa (prefers-color-scheme: light)', '#0f1419 (prefers-color-scheme: dark)']],
    ['theme:\n  preset: minimal\n', ['#ffffff (prefers-color-scheme: light)', '#111214 (prefers-color-scheme: dark)']],
  ];
  for (const [theme, expected] of cases) {
    const { text } = await built({ 'site.yml': MINIMAL_SITE_YML + theme, 'pages/index.md': HOME });
    assert.deepEqual(themeColors(text.get('index.html')!), expected, theme);
    assert.deepEqual(themeColors(text.get('404.html')!), expected, theme);
  }
});
