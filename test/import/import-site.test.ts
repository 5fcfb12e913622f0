import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { importAcademicpages } from '../../src/import/import-site.js';
import { readTree } from '../helpers/site.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

// Imports a fixture and compares every written file with the golden tree (UPDATE_GOLDEN=1 rewrites it).
function checkGolden(name: string): string {
  const dest = mkdtempSync(join(tmpdir(), 'vita-import-'));
  const result = importAcademicpages({ src: join(FIXTURES, name), dest });
  assert.deepEqual(result.diagnostics, []);
  assert.equal(result.ok, true);
  const expectedDir = join(FIXTURES, `${name}-expected`);
  if (process.env.UPDATE_GOLDEN === '1') {
    rmSync(expectedDir, { recursive: true, force: true });
    cpSync(dest, expectedDir, { recursive: true });
  }
  const actual = readTree(dest);
  const expected = readTree(expectedDir);
  assert.deepEqual([...actual.keys()], [...expected.keys()]);
  for (const [path, bytes] of actual) assert.equal(bytes.toString('utf8'), expected.get(path)!.toString('utf8'), path);
  assert.equal(readFileSync(join(dest, 'IMPORT-REPORT.md'), 'utf8'), result.report);
  return result.report;
}

test('the seed page imports to data and directives, with every repair and conversion in the report', () => {
  const report = checkGolden('academicpages-seed');
  for (const line of [
    '- _pages/about.md:4: `ÁéãÊ≥ΩÂçø` → `王泽卿` (UTF-8 read as Mac Roman)',
    '- _pages/about.md:21: `<U+F8FF>üßë‚Äç<U+F8FF>üéì` → `🧑‍🎓` (UTF-8 read as Mac Roman)',
    '- _pages/about.md:30: news list (8 items) → data/news.yml, `::news`',
    '- _pages/about.md:45: experience table (4 rows: 2 → data/experience.yml, 2 → data/education.yml) → `::experience` + `::education`; 1 HTML comment(s) inside kept after it',
    '- _pages/about.md:105: publication list (6 entries) → data/publications.yml, `::publications`; 1 HTML comment(s) inside kept after it',
    '- _pages/about.md:180: honours table (6 rows) → data/honors.yml, `::honors`',
    '- site.yml: native-script name "王泽卿" from the home page title → author.native_name',
  ]) assert.ok(report.split('\n').includes(line), line);
});

test('a stock academicpages site imports every page, collection entry, static file, and reports the rest', () => {
  const report = checkGolden('academicpages-stock');
  for (const line of [
    '- _data/navigation.yml:12: commented-out navigation entry "Portfolio" left out',
    '- _pages/about.md:13: `Ã¼` → `ü` (UTF-8 read as Windows-1252)',
    '- _pages/cv.md:13: `{:toc}` table of contents removed: Vita pages have no generated table of contents',
    '- _pages/talks.html:8: `{% if site.talkmap_link == true %}` evaluated with _config.yml and front matter values: content left out',
    '- _pages/year-archive.html:12: `{% for post in site.posts %}` → `::posts`',
    '- _publications/2009-10-01-paper-title-number-1.md: old address /publication/2009-10-01-paper-title-number-1 redirects to /publications/paper-title-number-1/',
    '- _layouts/ (1 file)',
    '- notebooks (*.ipynb) (1 file)',
  ]) assert.ok(report.split('\n').includes(line), line);
});

test('refuses a non-empty destination unless forced', () => {
  const dest = mkdtempSync(join(tmpdir(), 'vita-import-'));
  writeFileSync(join(dest, 'keep.txt'), 'mine');
  const refused = importAcademicpages({ src: join(FIXTURES, 'academicpages-seed'), dest, cwd: '/' });
  assert.equal(refused.ok, false);
  assert.deepEqual(refused.written, []);
  assert.deepEqual(refused.diagnostics, [{ rule: 'import-dest-not-empty', severity: 'error', file: dest, message: 'The destination folder is not empty.', hint: 'Choose a new folder, or pass --force to write over the files in it.' }]);
  const forced = importAcademicpages({ src: join(FIXTURES, 'academicpages-seed'), dest, force: true });
  assert.equal(forced.ok, true);
  assert.equal(readFileSync(join(dest, 'keep.txt'), 'utf8'), 'mine');
  assert.ok(forced.written.includes('pages/index.md'));
});

test('a folder without _config.yml, or with broken YAML in it, is refused with a diagnostic', () => {
  const src = mkdtempSync(join(tmpdir(), 'vita-src-'));
  const dest = join(src, 'out');
  assert.deepEqual(importAcademicpages({ src, dest }).diagnostics.map((d) => d.rule), ['import-no-config']);
  writeFileSync(join(src, '_config.yml'), 'title: "unclosed\n');
  const bad = importAcademicpages({ src, dest });
  assert.equal(bad.diagnostics.length, 1);
  assert.equal(bad.diagnostics[0]!.rule, 'import-config-yaml');
  assert.equal(bad.diagnostics[0]!.file, '_config.yml');
  assert.match(bad.diagnostics[0]!.message, /^_config\.yml is not valid YAML: /);
});

test('a page with broken front matter keeps the text written and is warned about', () => {
  const src = mkdtempSync(join(tmpdir(), 'vita-src-'));
  writeFileSync(join(src, '_config.yml'), 'title: T\nurl: https://t.example\nauthor:\n  name: T\n');
  mkdirSync(join(src, '_pages'));
  writeFileSync(join(src, '_pages', 'x.md'), '---\ntitle: [unclosed\n---\nBody.\n');
  const result = importAcademicpages({ src, dest: join(src, 'out') });
  assert.deepEqual(result.diagnostics.map((d) => [d.rule, d.severity, d.file]), [['import-front-matter', 'warning', '_pages/x.md']]);
  assert.equal(readFileSync(join(src, 'out', 'pages', 'x.md'), 'utf8'), '---\ntitle: "[unclosed"\n---\n\nBody.\n');
});

test('files that pages and data point to but the old site lacks are listed, and warn instead of failing the build', () => {
  const src = mkdtempSync(join(tmpdir(), 'vita-src-'));
  cpSync(join(FIXTURES, 'academicpages-seed', '_config.yml'), join(src, '_config.yml'));
  cpSync(join(FIXTURES, 'academicpages-seed', '_pages'), join(src, '_pages'), { recursive: true });
  const result = importAcademicpages({ src, dest: join(src, 'out') });
  const section = result.report.split('\n## ').find((s) => s.startsWith('Referenced files that are missing'))!;
  assert.equal(section, `Referenced files that are missing (6)

- _config.yml: /images/avatar.png is linked to but the old site did not have it either: left as written, and the build warns about it; add it under static/images/avatar.png to fix it
- _pages/about.md: /files/WZQ_CV_UPDATE_TO_0530.pdf is linked to but the old site did not have it either: left as written, and the build warns about it; add it under static/files/WZQ_CV_UPDATE_TO_0530.pdf to fix it
- data/education.yml: /images/jluselogo.png is linked to but the old site did not have it either: left as written, and the build warns about it; add it under static/images/jluselogo.png to fix it
- data/education.yml: /images/sysu-removebg-preview.png is linked to but the old site did not have it either: left as written, and the build warns about it; add it under static/images/sysu-removebg-preview.png to fix it
- data/experience.yml: /images/OPPO_logo.png is linked to but the old site did not have it either: left as written, and the build warns about it; add it under static/images/OPPO_logo.png to fix it
- data/experience.yml: /images/X-Era.png is linked to but the old site did not have it either: left as written, and the build warns about it; add it under static/images/X-Era.png to fix it
`);
});

test('theme-only front matter goes quietly; keys that can hold the owner\'s content are reported', () => {
  const src = mkdtempSync(join(tmpdir(), 'vita-src-'));
  writeFileSync(join(src, '_config.yml'), 'title: T\nurl: https://t.example\nauthor:\n  name: T\n');
  mkdirSync(join(src, '_pages'));
  writeFileSync(join(src, '_pages', 'x.md'), '---\ntitle: X\nlayout: single\nauthor_profile: true\nheader:\n  image: /images/banner.jpg\n---\nBody.\n');
  const result = importAcademicpages({ src, dest: join(src, 'out') });
  assert.ok(result.report.includes('\n- _pages/x.md: front matter keys with no Vita meaning: header: {"image":"/images/banner.jpg"}\n'));
  assert.ok(!result.report.includes('author_profile'));
});

test('front matter as Jekyll read it: a duplicate key is reported, a broken entry loses only itself', () => {
  const src = mkdtempSync(join(tmpdir(), 'vita-src-'));
  writeFileSync(join(src, '_config.yml'), 'title: T\nurl: https://t.example\nauthor:\n  name: T\n  name: U\n');
  mkdirSync(join(src, '_pages'));
  writeFileSync(join(src, '_pages', 'x.md'), '---\ntitle: First\npermalink: /x/\nexcerpt: "one\ntwo"\ntitle: Second\n---\nBody.\n');
  writeFileSync(join(src, '_pages', 'y.md'), '---\ntitle: Why\nexcerpt: [unclosed\npermalink: /y/\n---\nBody.\n');
  const result = importAcademicpages({ src, dest: join(src, 'out') });
  assert.deepEqual(result.diagnostics.map((d) => [d.rule, d.file, d.hint]), [['import-front-matter', '_pages/y.md',
    'The entries that read cleanly were kept (title, excerpt, permalink); excerpt kept as the text written. Fix the YAML in the old file and import again.']]);
  assert.equal(readFileSync(join(src, 'out', 'pages', 'x.md'), 'utf8'), '---\ntitle: Second\npermalink: /x/\nexcerpt: one two\n---\n\nBody.\n');
  assert.equal(readFileSync(join(src, 'out', 'pages', 'y.md'), 'utf8'), '---\ntitle: Why\npermalink: /y/\nexcerpt: "[unclosed"\n---\n\nBody.\n');
  assert.deepEqual(result.report.split('\n').filter((l) => l.includes('twice')), [
    '- _config.yml:5: key "name" is written twice: the last value is kept, as Jekyll did',
    '- _pages/x.md:6: front matter key "title" is written twice: the last value is kept, as Jekyll did',
  ]);
  assert.match(readFileSync(join(src, 'out', 'site.yml'), 'utf8'), /\n {2}name: U\n/);
});

test('a site in the seed owner\'s current style (cards in sections, timeline news, experience cards with logos) comes over as data', () => {
  const report = checkGolden('academicpages-cards');
  for (const line of [
    '- _pages/about.md:21: news list (2 items) → data/news.yml, `::news`',
    '- _pages/about.md:36: older news in <details> (1 items) → data/news.yml, folded under `::news{limit=2}`',
    '- _pages/publications.md:17: publication group "Selected Papers" (3 entries) → data/publications.yml, a section of `::publications`',
    '- _pages/publications.md:67: publication group "Preprints & More" (1 entries) → data/publications.yml, a section of `::publications`',
  ]) assert.ok(report.split('\n').includes(line), line);
});

test('a stylesheet the old site loaded on every page comes over as theme CSS; one from another site is reported', () => {
  const src = mkdtempSync(join(tmpdir(), 'vita-src-'));
  writeFileSync(join(src, '_config.yml'), 'title: T\nurl: https://t.example\nauthor:\n  name: T\n');
  mkdirSync(join(src, '_includes', 'head'), { recursive: true });
  mkdirSync(join(src, 'assets', 'css'), { recursive: true });
  writeFileSync(join(src, 'assets', 'css', 'lab.css'), '.lab-card { border: 1px solid #9bc; }\n');
  writeFileSync(join(src, '_includes', 'head', 'custom.html'), '<link rel="stylesheet" href="{{ base_path }}/assets/css/academicons.css"/>\n'
    + '<link rel="stylesheet" href="{{ base_path }}/assets/css/lab.css"/>\n<link rel="stylesheet" href="https://fonts.example.com/a.css">\n');
  const result = importAcademicpages({ src, dest: join(src, 'out') });
  assert.equal(readFileSync(join(src, 'out', 'theme', 'lab.css'), 'utf8'), '.lab-card { border: 1px solid #9bc; }\n');
  assert.match(readFileSync(join(src, 'out', 'site.yml'), 'utf8'), /\ntheme:\n {2}css:\n {4}- theme\/lab\.css\n/);
  assert.deepEqual(result.report.split('\n').filter((l) => l.includes('custom.html')), [
    '- _includes/head/custom.html:2: assets/css/lab.css, loaded on every page of the old site → theme/lab.css, loaded after Vita\'s stylesheet (site.yml theme.css)',
    '- _includes/head/custom.html:3: stylesheet https://fonts.example.com/a.css from another site is not loaded: Vita pages load nothing from elsewhere',
  ]);
});
