import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { MINIMAL_SITE_YML, readTree, runCli, writeSite } from '../helpers/site.js';

const PAGE = '---\ntitle: Home\n---\n\nHello **world**.\n';

test('builds a minimal site into _site with the page, 404, sitemap and robots.txt', async () => {
  const root = writeSite({ 'site.yml': MINIMAL_SITE_YML, 'pages/index.md': PAGE, 'pages/about.md': '---\ntitle: About\nredirect_from: /old-about/\n---\n\nAbout.\n' });
  const { code, stdout, stderr } = await runCli(['build', root]);
  assert.equal(stderr, '');
  assert.equal(code, 0);
  assert.match(stdout, /^Built 4 HTML files \(\d+ files\) into .*_site in \d+ ms\n$/);
  const tree = readTree(join(root, '_site'));
  for (const path of ['index.html', 'about/index.html', 'old-about/index.html', '404.html', 'sitemap.xml', 'robots.txt']) assert.ok(tree.has(path), path);
  assert.match(tree.get('index.html')!.toString(), /<p>Hello <strong>world<\/strong>\.<\/p>/);
  assert.match(tree.get('old-about/index.html')!.toString(), /<meta http-equiv="refresh" content="0; url=\/about\/">/);
  assert.equal(tree.get('sitemap.xml')!.toString(), '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://test.example/</loc></url>\n  <url><loc>https://test.example/about/</loc></url>\n</urlset>\n');
});

test('a syntax error in site.yml fails with site.yml:LINE:COL, no stack trace, and writes nothing', async () => {
  const root = writeSite({ 'site.yml': 'title: "Broken\nurl: https://x.example\n', 'pages/index.md': PAGE });
  const { code, stdout, stderr } = await runCli(['build', root]);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /^site\.yml:3:1 error A quoted string is never closed\. \[yaml-syntax\]\n/);
  assert.doesNotMatch(stderr, /\n\s+at /);
  assert.ok(stderr.endsWith('\nBuild failed; nothing was written (the previous _site/ is untouched).\n'));
  assert.equal(existsSync(join(root, '_site')), false);
});

test('an unknown key in site.yml fails with its position and a suggestion; the previous _site is kept', async () => {
  const root = writeSite({ 'site.yml': MINIMAL_SITE_YML, 'pages/index.md': PAGE });
  assert.equal((await runCli(['build', root])).code, 0);
  const before = readTree(join(root, '_site'));
  writeFileSync(join(root, 'site.yml'), MINIMAL_SITE_YML + 'navigaton: []\n');
  const { code, stderr } = await runCli(['build', root]);
  assert.equal(code, 1);
  assert.equal(stderr, [
    'site.yml:5:1 error Unknown key "navigaton". [unknown-key]',
    '  3 | author:',
    '  4 |   name: Ada Lovelace',
    '> 5 | navigaton: []',
    '    | ^',
    '  6 |',
    '  hint: Did you mean "navigation"?',
    '',
    '1 error',
    '',
    'Build failed; nothing was written (the previous _site/ is untouched).',
    '',
  ].join('\n'));
  assert.deepEqual(readTree(join(root, '_site')), before);
});

test('all problems across files are reported together, sorted by file and line', async () => {
  const root = writeSite({
    'site.yml': MINIMAL_SITE_YML + 'color_scheme: blue\n',
    'pages/index.md': '---\ntitle: Home\n---\n\n::newz\n\n[x](/missing/)\n',
    'data/news.yml': '- date: May 2025\n  text: Hi\n',
  });
  const { code, stderr } = await runCli(['build', root]);
  assert.equal(code, 1);
  const heads = stderr.split('\n').filter((l) => /^\S+:\d+:\d+ (error|warning)/.test(l));
  assert.deepEqual(heads, [
    'data/news.yml:1:9 error "May 2025" is not a date Vita understands. [bad-date]',
    'site.yml:5:15 error "color_scheme" must be one of "system", "light", "dark". [invalid-value]',
  ]);
});

test('directive and link mistakes in pages point at file:line:col', async () => {
  const root = writeSite({
    'site.yml': MINIMAL_SITE_YML,
    'pages/index.md': '---\ntitle: Home\n---\n\nIntro.\n\n::newz\n\n::news{limti=3}\n\nSee [the CV](/files/cv.pdf) and [this](/nowhere/).\n',
  });
  const { code, stderr } = await runCli(['build', root]);
  assert.equal(code, 1);
  const heads = stderr.split('\n').filter((l) => /^\S+:\d+:\d+ (error|warning)/.test(l) || l.startsWith('  hint:'));
  assert.deepEqual(heads, [
    'pages/index.md:7:1 error Unknown directive "::newz". [unknown-directive]',
    '  hint: Did you mean ::news?',
    'pages/index.md:9:8 error Unknown option "limti" for ::news. [unknown-directive-option]',
    '  hint: ::news takes: limit.',
    'pages/index.md:11:14 error This link points to /files/cv.pdf, which the site does not have. [broken-link]',
    '  hint: Put the file in static/files/cv.pdf or fix the path.',
    'pages/index.md:11:40 error This link points to /nowhere/, which the site does not have. [broken-link]',
    "  hint: Check the page's permalink, or create the page.",
  ]);
});

test('links and images pointing at missing pages and files are errors', async () => {
  const root = writeSite({
    'site.yml': MINIMAL_SITE_YML,
    'pages/index.md': '---\ntitle: Home\n---\n\nSee [the CV](/files/cv.pdf) and [this](/nowhere/)\nand <img src="images/me.png" alt="me">.\n',
    'static/files/other.pdf': '%PDF-1.4\n',
  });
  const { code, stderr } = await runCli(['build', root]);
  assert.equal(code, 1);
  const heads = stderr.split('\n').filter((l) => /^\S+:\d+:\d+ error/.test(l));
  assert.deepEqual(heads, [
    'pages/index.md:5:14 error This link points to /files/cv.pdf, which the site does not have. [broken-link]',
    'pages/index.md:5:40 error This link points to /nowhere/, which the site does not have. [broken-link]',
    'pages/index.md:6:15 error This image points to /images/me.png, which the site does not have. [missing-image]',
  ]);
});

test('a build that fails after its pages were written to the temporary folder removes it and keeps the previous _site', async () => {
  const root = writeSite({ 'site.yml': MINIMAL_SITE_YML, 'pages/index.md': PAGE });
  assert.equal((await runCli(['build', root])).code, 0);
  const before = readTree(join(root, '_site'));
  // Pages are written as they are rendered; the broken link is found only afterwards, by the link check.
  writeFileSync(join(root, 'pages/index.md'), '---\ntitle: Home\n---\n\nSee [this](/nowhere/).\n');
  const { code, stderr } = await runCli(['build', root]);
  assert.equal(code, 1, stderr);
  assert.match(stderr, /\[broken-link\]/);
  assert.deepEqual(readTree(join(root, '_site')), before);
  assert.deepEqual(readdirSync(root).filter((name) => name.includes('.vita-')), []);
});

test('two builds of the same site are byte-identical', async () => {
  const root = writeSite({ 'site.yml': MINIMAL_SITE_YML, 'pages/index.md': PAGE, 'data/news.yml': '- date: 2025-01\n  text: Hi\n' });
  assert.equal((await runCli(['build', root, '--out', join(root, '_a')])).code, 0);
  assert.equal((await runCli(['build', root, '--out', join(root, '_b')])).code, 0);
  const a = readTree(join(root, '_a'));
  const b = readTree(join(root, '_b'));
  assert.deepEqual([...a.keys()], [...b.keys()]);
  for (const [path, bytes] of a) assert.ok(bytes.equals(b.get(path)!), path);
});

test('the output folder may not be the site folder, its parent or a non-Vita folder', async () => {
  const root = writeSite({ 'site.yml': MINIMAL_SITE_YML, 'pages/index.md': PAGE, 'notes/keep.txt': 'mine' });
  for (const [out, why] of [['.', 'is the site folder itself'], ['..', 'contains the site folder'], ['pages', "is inside the site's pages/ folder"]] as const) {
    const { code, stderr } = await runCli(['build', root, '--out', join(root, out)]);
    assert.equal(code, 1, out);
    assert.match(stderr, new RegExp(`it ${why.replace(/[/.]/g, '\\$&')}\\.`), out);
  }
  const { code, stderr } = await runCli(['build', root, '--out', join(root, 'notes')]);
  assert.equal(code, 1);
  assert.match(stderr, /is not empty and was not made by Vita/);
  assert.equal(readFileSync(join(root, 'notes/keep.txt'), 'utf8'), 'mine');
});

test('--help describes the command and exits 0; a bad flag exits 2', async () => {
  const help = await runCli(['build', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: vita build \[dir\] \[options\]/);
  const bad = await runCli(['build', '--nope']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^vita build: Unknown option '--nope'/);
});

test('links in posts are checked like links in pages', async () => {
  const root = writeSite({
    'site.yml': MINIMAL_SITE_YML,
    'pages/index.md': PAGE,
    'posts/2025-01-02-hello.md': '---\ntitle: Hello\n---\n\nRead [my notes](/notes/) first.\n',
  });
  const { code, stderr } = await runCli(['build', root]);
  assert.equal(code, 1);
  assert.deepEqual(stderr.split('\n').filter((l) => /^\S+:\d+:\d+ error/.test(l)), [
    'posts/2025-01-02-hello.md:5:17 error This link points to /notes/, which the site does not have. [broken-link]',
  ]);
});

test('a site folder that does not exist is a usage mistake: a plain message and exit 2, no stack trace', async () => {
  const root = writeSite({});
  const r = await runCli(['build', 'no-such-folder'], root);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'vita build: the folder no-such-folder does not exist; give the folder of a Vita site (the one holding site.yml)\nRun `vita build --help` for usage.\n');
});
