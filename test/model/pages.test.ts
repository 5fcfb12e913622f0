import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli, MINIMAL_SITE_YML, writeSite } from '../helpers/site.js';

const heads = (stderr: string) => stderr.split('\n').filter((l) => /^\S+:\d+(:\d+)? (error|warning)/.test(l) || /^\s{2}\S+:\d+:\d+ \(/.test(l));

test('a page without front matter, or with a bad permalink, is reported at its line', async () => {
  const root = writeSite({
    'site.yml': MINIMAL_SITE_YML,
    'pages/index.md': '# No front matter\n',
    'pages/a.md': '---\ntitle: A\npermalink: /../secret/\n---\nA\n',
    'pages/b.md': '---\ntitle: B\nredirect_from:\n  - /ok/\n  - /x/%2e%2e/y\n---\nB\n',
  });
  const { code, stderr } = await runCli(['build', root]);
  assert.equal(code, 1);
  assert.deepEqual(heads(stderr), [
    'pages/a.md:3:12 error The permalink "/../secret/" contains "." or ".." segments. [bad-permalink]',
    'pages/b.md:5:5 error The redirect "/x/%2e%2e/y" contains encoded dots or slashes. [bad-permalink]',
    'pages/index.md:1:1 error This page has no front matter. [missing-front-matter]',
  ]);
});

test('two sources for one URL, including case-only and Unicode-normalisation twins, give one error naming all', async () => {
  const root = writeSite({
    'site.yml': MINIMAL_SITE_YML,
    'pages/index.md': '---\ntitle: Home\n---\nHi\n',
    'pages/cafe.md': '---\ntitle: A\npermalink: /Café/\n---\nA\n',
    'pages/cafe2.md': '---\ntitle: B\npermalink: /cafe\u0301/\n---\nB\n',
    'pages/other.md': '---\ntitle: C\nredirect_from: /café/\n---\nC\n',
  });
  const { code, stderr } = await runCli(['build', root]);
  assert.equal(code, 1);
  assert.deepEqual(heads(stderr), [
    'pages/cafe.md:3:12 error 3 sources want the URL /Café/: [url-conflict]',
    '  pages/cafe.md:3:12 (page /Café/)',
    '  pages/cafe2.md:3:12 (page /cafe\u0301/)',
    '  pages/other.md:1:1 (redirect /café/)',
  ]);
});

test('drafts are left out of builds and included with --drafts', async () => {
  const root = writeSite({
    'site.yml': MINIMAL_SITE_YML,
    'pages/index.md': '---\ntitle: Home\n---\nHi\n',
    'pages/wip.md': '---\ntitle: WIP\ndraft: true\n---\nSoon\n',
  });
  const normal = await runCli(['build', root]);
  assert.match(normal.stdout, /^Built 2 HTML files/);
  const drafts = await runCli(['build', root, '--drafts', '--out', root + '/_drafts']);
  assert.match(drafts.stdout, /^Built 3 HTML files/);
});

test('BOM and CRLF files build like any other', async () => {
  const root = writeSite({
    'site.yml': '\uFEFF' + MINIMAL_SITE_YML.replace(/\n/g, '\r\n'),
    'pages/index.md': '\uFEFF---\r\ntitle: Home\r\n---\r\n\r\nHello\r\n\r\n::news\r\n',
    'data/news.yml': '- date: 2025-01\r\n  text: CRLF news\r\n',
  });
  const { code, stderr } = await runCli(['build', root]);
  assert.equal(stderr, '');
  assert.equal(code, 0);
});
