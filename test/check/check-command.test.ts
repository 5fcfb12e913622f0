import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { MINIMAL_SITE_YML, runCli, writeSite } from '../helpers/site.js';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');

test('vita check examples/seed finds nothing broken and exits 0', async () => {
  const { code, stdout } = await runCli(['check', resolve('examples/seed')]);
  assert.equal(code, 0);
  assert.match(stdout, /^Checked \d+ HTML files: nothing broken\.\n$/);
});

test('a broken link and a broken anchor are reported together at their source lines, exit 1, nothing written', async () => {
  const root = join(FIXTURES, 'check-broken');
  const { code, stdout, stderr } = await runCli(['check', root]);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.equal(stderr, `pages/index.md:9:25 error Link "/notes/#analytical-engine" points to #analytical-engine, which is not an id on /notes/. [broken-anchor]
   7 | ## Projects
   8 |
>  9 | Read about the [engine](/notes/#analytical-engine) or the <a href="/talks/">talks</a>.
     |                         ^
  10 |
  hint: Anchors are the ids of elements on the page, e.g. the heading ids.

pages/index.md:9:68 error Link "/talks/" points to /talks/, which is not in the built site. [broken-link]
   7 | ## Projects
   8 |
>  9 | Read about the [engine](/notes/#analytical-engine) or the <a href="/talks/">talks</a>.
     |                                                                    ^
  10 |
  hint: Fix the URL, or add the page (pages/…) or file (static/…) it names.

2 errors
`);
  assert.equal(existsSync(join(root, '_site')), false);
});

test('a site that does not build reports the build errors and exits 1', async () => {
  const root = writeSite({ 'site.yml': MINIMAL_SITE_YML + 'colour_scheme: dark\n', 'pages/index.md': '---\ntitle: Home\n---\nHi.\n' });
  const { code, stderr } = await runCli(['check', root]);
  assert.equal(code, 1);
  assert.match(stderr, /^site\.yml:5:1 error .*\[unknown-key\]\n/);
  assert.ok(stderr.endsWith('\n\nThe site does not build; fix the errors above, then check again.\n'));
});

test('--built checks an output folder as it is: every kind of problem at its exact output line', async () => {
  const dir = join(FIXTURES, 'check-built-broken');
  const { code, stderr } = await runCli(['check', '--built', dir], dir);
  assert.equal(code, 1);
  const headlines = stderr.split('\n').filter((l) => / error /.test(l));
  assert.deepEqual(headlines, [
    'docs/index.html error Page /repo/docs/ has no <title>. [missing-title]',
    'docs/index.html error Page /repo/docs/ has no meta description. [missing-description]',
    'index.html:8:30 error File "/repo/assets/missing.css" is not in the built site (looked for /assets/missing.css). [missing-file]',
    'index.html:15:78 error Link "/repo/docs/#usge" points to #usge, which is not an id on /repo/docs/. [broken-anchor]',
    'index.html:15:115 error Link "/repo/nowhere/" points to /nowhere/, which is not in the built site. [broken-link]',
    'index.html:16:13 error Link "/elsewhere/" points outside the site\'s base path /repo/. [link-outside-base]',
    'index.html:17:11 error Image "/repo/images/missing.png" is not in the built site (looked for /images/missing.png). [missing-image]',
    'index.html:18:1 error Image "/repo/images/dot.svg" has no alt text. [image-alt]',
    'index.html:19:39 error Image "/repo/images/missing@2x.png" is not in the built site (looked for /images/missing@2x.png). [missing-image]',
  ]);
  assert.match(stderr, /\n {2}hint: Did you mean #usage\?\n/);
  assert.ok(stderr.endsWith('\n9 errors\n'));
});

test('--built on a clean output folder exits 0; output paths are named relative to the site folder', async () => {
  const clean = await runCli(['check', '--built', join(FIXTURES, 'check-built')]);
  assert.deepEqual(clean, { code: 0, stdout: 'Checked 3 HTML files: nothing broken.\n', stderr: '' });
  const named = await runCli(['check', FIXTURES, '--built', join(FIXTURES, 'check-built-broken')]);
  assert.match(named.stderr, /^check-built-broken\/docs\/index\.html error Page \/repo\/docs\/ has no <title>\./);
});

test('--help describes the options; a missing --built folder and extra folders are usage errors', async () => {
  const help = await runCli(['check', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: vita check \[dir\] \[options\]\n/);
  assert.match(help.stdout, /\n {2}--built DIR {3}check an already built output folder/);
  assert.match(help.stdout, /\n {2}--external {4}also request every external link \(8 at a time, 10 s timeout each\)\n/);
  const missing = await runCli(['check', '--built', join(FIXTURES, 'no-such-folder')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^vita check: --built .*no-such-folder: no such folder\n/);
  assert.equal((await runCli(['check', 'a', 'b'])).code, 2);
  assert.equal((await runCli(['check', '--nope'])).code, 2);
});

test('raw HTML images without alt are found at their source line; pages without a description are named', async () => {
  const root = writeSite({
    'site.yml': MINIMAL_SITE_YML,
    'pages/index.md': '---\ntitle: Home\ndescription: The home page.\n---\n\nText.\n\n<p><img src="/images/dot.svg" width="1" height="1"></p>\n',
    'pages/about.md': '---\ntitle: About\n---\n\nAbout.\n',
    'static/images/dot.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n',
  });
  const { code, stderr } = await runCli(['check', root]);
  assert.equal(code, 1);
  assert.deepEqual(stderr.split('\n').filter((l) => / error /.test(l)), [
    'pages/about.md error Page /about/ has no meta description. [missing-description]',
    'pages/index.md:8:14 error Image "/images/dot.svg" has no alt text. [image-alt]',
  ]);
});
