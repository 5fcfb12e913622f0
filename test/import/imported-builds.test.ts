/**
 * Classes of real academicpages sites whose import failed `vita build` or lost what the old site showed
 * (issue #13): each is imported as Jekyll published it, and the imported site builds without an error.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/build.js';
import { FEATURES } from '../../src/features/index.js';
import { importAcademicpages } from '../../src/import/import-site.js';
import { writeSite } from '../helpers/site.js';

const CONFIG = `title: Noor Haddad
url: https://nhaddad.github.io/lab/
author:
  name: Noor Haddad
collections:
  publications:
    output: true
    permalink: /:collection/:path
  talks:
    output: true
  themes:
    output: true
`;

async function importAndBuild(files: Record<string, string>) {
  const src = writeSite({ '_config.yml': CONFIG, ...files });
  const dest = join(src, 'out');
  const result = importAcademicpages({ src, dest, today: '2025-01-01' });
  const built = await build({ root: dest, write: false, features: FEATURES, today: '2025-01-01' });
  const read = (path: string) => readFileSync(join(dest, path), 'utf8');
  const lines = result.report.split('\n');
  const diagnostics = built.diagnostics.map((d) => `${d.file}:${d.position?.line} ${d.severity} ${d.rule} ${d.message}`);
  const html = (path: string) => {
    const file = built.files.find((f) => f.path === path);
    return file && 'content' in file ? String(file.content) : '';
  };
  return { dest, read, lines, diagnostics, html, paths: built.files.map((f) => f.path) };
}

test('a talk without any date comes over undated, listed last, with a report line', async () => {
  const { read, lines, diagnostics, html } = await importAndBuild({
    '_talks/2024-03-02-dated.md': '---\ntitle: Dated talk\n---\n',
    '_talks/notes.md': '---\ntitle: Reading notes\nexcerpt: Notes I keep\n---\n',
  });
  assert.equal(read('data/talks.yml'), '- title: Dated talk\n  date: "2024-03-02"\n- title: Reading notes\n  description: Notes I keep\n');
  assert.ok(lines.includes('- _talks/notes.md: talk without a date in its file name or front matter: imported undated '
    + '(listed last, under "Undated"); add its date if you know it'), lines.join('\n'));
  assert.deepEqual(diagnostics, []);
  assert.match(html('talks/index.html'), /id="talks-2024"[^]*Dated talk[^]*id="talks-undated">Undated<[^]*Reading notes/);
});

test('two publications with one permalink: each keeps a page, and the shared old address is not redirected', async () => {
  const entry = (date: string) => `---\ntitle: Narrative bindings\npermalink: /publications/2021-04-bindings\ndate: ${date}\nauthors: Noor Haddad\n---\n`;
  const { read, lines, diagnostics } = await importAndBuild({
    '_publications/2021-04-bindings.md': entry('2021-04-01'),
    '_publications/2021-08-bindings.md': entry('2021-08-01'),
  });
  assert.match(read('data/publications.yml'), /^- key: 2021-04-bindings\n[^]*\n- key: 2021-08-bindings\n/);
  assert.ok(!read('site.yml').includes('redirects:'));
  assert.ok(lines.includes('- _publications/2021-08-bindings.md: old address /publications/2021-04-bindings is taken by a page of the new site: not redirected'));
  assert.deepEqual(diagnostics, []);
});

test('a link to /teaching.html or to the own address with // before page.html leads to the page Jekyll wrote there', async () => {
  const { read, diagnostics } = await importAndBuild({
    '_pages/about.md': '---\ntitle: About\npermalink: /\n---\n'
      + 'I [teach](./teaching.html) and keep [news](https://nhaddad.github.io/lab//news-2022.html), [a map](talkmap/map.html).\n',
    '_pages/teaching.md': '---\ntitle: Teaching\npermalink: /teaching/\n---\nCourses.\n',
    '_pages/news.md': '---\ntitle: News\npermalink: /news-2022.html/\n---\nNews.\n',
    'talkmap/map.html': '<p>map</p>\n',
  });
  assert.equal(read('pages/index.md'), '---\ntitle: About\npermalink: /\nlayout: home\n---\n\n'
    + 'I [teach](/teaching/) and keep [news](/news-2022.html/), [a map](/talkmap/map.html).\n');
  assert.deepEqual(diagnostics, []);
});

test('a collection file without front matter is copied as it was to its collection address, never read as a page', async () => {
  const readme = '<!DOCTYPE html>\n<html><body><script>var x = a && $b$ && c;</script><p>[not](a link)</p></body></html>\n';
  const { dest, lines, diagnostics, paths } = await importAndBuild({
    '_themes/speech.md': '---\ntitle: Speech\n---\nAbout speech.\n',
    '_themes/README.html': readme,
    '_themes/_README.Rmd': 'source of the README\n',
    '_pages/about.md': '---\ntitle: About\npermalink: /\n---\nSee [the readme](/themes/README.html).\n',
  });
  assert.equal(readFileSync(join(dest, 'static/themes/README.html'), 'utf8'), readme);
  assert.ok(!existsSync(join(dest, 'pages/themes/README.md')));
  assert.ok(!existsSync(join(dest, 'static/themes/_README.Rmd')));
  assert.ok(lines.includes('- _themes/README.html: no front matter, so Jekyll copied it as it was to /themes/README.html: copied there'));
  assert.deepEqual(diagnostics, []);
  assert.ok(paths.includes('themes/README.html') && paths.includes('themes/speech/index.html'), paths.join(' '));
});

test('talks no page lists (the owner\'s /talks/ page left the loop out) stay pages at their old addresses', async () => {
  const talk = '---\ntitle: Kelp talk\nvenue: Reef Workshop\ndate: 2024-03-02\n---\nSlides soon.\n';
  const { read, lines, diagnostics, paths, dest } = await importAndBuild({
    '_pages/talks.md': '---\ntitle: Talks\npermalink: /talks/\n---\nMy talks are in my CV.\n',
    '_talks/2024-03-02-kelp.md': talk,
  });
  assert.equal(read('pages/talks/2024-03-02-kelp.md'), '---\ntitle: Kelp talk\ndate: "2024-03-02"\npermalink: /talks/2024-03-02-kelp\n---\n\nSlides soon.\n');
  assert.ok(!existsSync(join(dest, 'data/talks.yml')));
  assert.ok(lines.includes('- _talks/2024-03-02-kelp.md: your /talks/ page does not list the entries of _talks/: '
    + 'this one stays a page at its old address /talks/2024-03-02-kelp, as on the old site'));
  assert.deepEqual(diagnostics, []);
  assert.ok(paths.includes('talks/2024-03-02-kelp/index.html'));
  // When the owner's page lists them, they are data as usual.
  const listed = await importAndBuild({
    '_pages/talks.md': '---\ntitle: Talks\npermalink: /talks/\n---\n{% for post in site.talks %}{% include archive-single-talk.html %}{% endfor %}\n',
    '_talks/2024-03-02-kelp.md': talk,
  });
  assert.match(listed.read('data/talks.yml'), /^- title: Kelp talk\n/);
  assert.ok(!existsSync(join(listed.dest, 'pages/talks')));
});

test('a post whose front matter Jekyll could not parse keeps what was salvaged, and the address Jekyll gave it redirects', async () => {
  const { read, lines, diagnostics, html } = await importAndBuild({
    '_config.yml': CONFIG + 'permalink: /:categories/:title/\n',
    '_posts/2024-07-27-hype.md': "---\ntitle: 'Lessons from the 'AI' hype'\npermalink: /posts/2024/07/hype/\n---\nText.\n",
  });
  assert.equal(read('posts/2024-07-27-hype.md'), '---\ntitle: Lessons from the \'AI\' hype\npermalink: /posts/2024/07/hype/\n'
    + 'date: "2024-07-27"\nredirect_from:\n  - /2024-07-27-hype/\n---\n\nText.\n');
  assert.ok(lines.includes('- _posts/2024-07-27-hype.md: old address /2024-07-27-hype/ redirects to the post\'s new address /posts/2024/07/hype/'));
  assert.deepEqual(diagnostics, []);
  assert.match(html('2024-07-27-hype/index.html'), /url=\/lab\/posts\/2024\/07\/hype\//);
});
