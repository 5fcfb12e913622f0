// Promise 3: every URL that reaches an href or src is checked, profile links in site.yml included, and the
// check knows that browsers read `/\host` and `/\/host` like `//host`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkUrl } from '../../src/validate/url.js';
import { attackSite, FAILED, SITE_YML, vita } from './harness.js';

test('checkUrl: every spelling that leads to another host is refused; site-relative paths pass', () => {
  for (const url of ['//evil.example', '/\\evil.example', '/\\/evil.example', '\\\\evil.example', ' /\\evil.example', '\\/evil.example']) {
    assert.ok(checkUrl(url), url);
  }
  for (const url of ['/files/cv.pdf', '/a\\b', 'files/x.pdf', '#top', '?q=1', 'https://ok.example/\\x']) assert.equal(checkUrl(url), undefined, url);
});

test('profile links that lead off-site through slashes or an unsafe scheme are refused at their line', async () => {
  const { work, root } = attackSite({
    'site.yml': SITE_YML + '  links:\n    website: "/\\\\evil.example"\n    cv: "//evil.example/cv.pdf"\n    github: "/\\\\/evil.example"\n    orcid: "https:evil"\n',
  });
  const r = await vita(['build', root], work, work);
  const firstLines = r.stderr.split('\n\n').map((block) => block.split('\n')[0]);
  assert.deepEqual(firstLines, [
    'site.yml:6:14 error The URL "/\\evil.example" starts with /\\, which browsers read as // (a link to another host); write it with https://. [bad-profile-link]',
    'site.yml:7:9 error The URL "//evil.example/cv.pdf" is protocol-relative; write it with https://. [bad-profile-link]',
    'site.yml:8:13 error The URL "/\\/evil.example" starts with /\\, which browsers read as // (a link to another host); write it with https://. [bad-profile-link]',
    'site.yml:9:12 error The URL "https:evil" has no host name. [bad-profile-link]',
    '4 errors',
    FAILED.trimEnd(),
  ]);
  assert.equal(r.code, 1);
});
