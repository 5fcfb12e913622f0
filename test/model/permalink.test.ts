import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collisionKey, normalisePermalink, outputPathForUrl, urlFromPagePath } from '../../src/model/permalink.js';

test('permalinks get a leading and trailing slash unless they name a file', () => {
  assert.deepEqual(normalisePermalink('/'), { ok: true, url: '/' });
  assert.deepEqual(normalisePermalink('about'), { ok: true, url: '/about/' });
  assert.deepEqual(normalisePermalink('/about.html'), { ok: true, url: '/about.html' });
  assert.deepEqual(normalisePermalink('/a//b'), { ok: true, url: '/a/b/' });
});

test('permalinks that could leave the output folder are refused with the reason', () => {
  const reasons = ['/../etc/passwd', '/a/%2e%2e/b', '/a%2fb', '/a%252fb', '\\windows', 'https://evil.example/', '//evil.example/x', '/a\u0000b', '/a/./b', '/a?x=1', '/a{b}/', '/a"<b>/']
    .map((p) => { const r = normalisePermalink(p); return r.ok ? 'ok' : r.reason; });
  assert.deepEqual(reasons, [
    'contains "." or ".." segments',
    'contains encoded dots or slashes',
    'contains encoded dots or slashes',
    'contains encoded dots or slashes',
    'contains a backslash',
    'is an absolute URL, not a path on this site',
    'is an absolute URL, not a path on this site',
    'contains control characters',
    'contains "." or ".." segments',
    'contains a query or fragment',
    'contains a character a URL cannot hold (< > " { } | ^ `)',
    'contains a character a URL cannot hold (< > " { } | ^ `)',
  ]);
});

test('page files map to folder URLs and URLs to output files', () => {
  assert.equal(urlFromPagePath('pages/index.md'), '/');
  assert.equal(urlFromPagePath('pages/cv.md'), '/cv/');
  assert.equal(urlFromPagePath('pages/teaching/index.md'), '/teaching/');
  assert.equal(outputPathForUrl('/'), 'index.html');
  assert.equal(outputPathForUrl('/cv/'), 'cv/index.html');
  assert.equal(outputPathForUrl('/about.html'), 'about.html');
});

test('URLs that differ only in case or Unicode normalisation collide', () => {
  assert.equal(collisionKey('/Café/'), collisionKey('/cafe\u0301/'));
  assert.equal(collisionKey('/About/'), collisionKey('/about/'));
  assert.notEqual(collisionKey('/about/'), collisionKey('/about.html'));
});

test('an encoded permalink names the decoded output path; a % that starts no escape stays a percent sign', () => {
  assert.deepEqual(normalisePermalink('/teaching/caf%C3%A9/'), { ok: true, url: '/teaching/café/' });
  assert.deepEqual(normalisePermalink('/my%20notes'), { ok: true, url: '/my notes/' });
  assert.deepEqual(normalisePermalink('/my notes/'), { ok: true, url: '/my notes/' });
  assert.deepEqual(normalisePermalink('/100%/'), { ok: true, url: '/100%/' });
  assert.deepEqual(normalisePermalink('/bad%C3/'), { ok: true, url: '/bad%C3/' });
  const refused = ['/a%3Cb%3E/', '/a%0Ab/', '/what%3F/', '/a%22b/'].map((p) => { const r = normalisePermalink(p); return r.ok ? r.url : r.reason; });
  assert.deepEqual(refused, [
    'contains a character a URL cannot hold (< > " { } | ^ `)',
    'contains control characters',
    'contains a query or fragment',
    'contains a character a URL cannot hold (< > " { } | ^ `)',
  ]);
});
