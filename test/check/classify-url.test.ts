import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyUrl } from '../../src/check/classify-url.js';

test('site-relative and relative links resolve against the page, dropping the query and decoding escapes', () => {
  assert.deepEqual(classifyUrl('/publications/', '/', ''), { kind: 'internal', path: '/publications/' });
  assert.deepEqual(classifyUrl('b/?q=1#Sec%20One', '/a/', ''), { kind: 'internal', path: '/a/b/', fragment: 'Sec One' });
  assert.deepEqual(classifyUrl('../x%20y.pdf', '/a/b/', ''), { kind: 'internal', path: '/a/x y.pdf' });
  assert.deepEqual(classifyUrl('#news', '/a/', ''), { kind: 'internal', path: '/a/', fragment: 'news' });
});

test('under a base path, site paths lose the prefix and paths outside it are flagged', () => {
  assert.deepEqual(classifyUrl('/repo/files/cv.pdf', '/', '/repo'), { kind: 'internal', path: '/files/cv.pdf' });
  assert.deepEqual(classifyUrl('/repo', '/', '/repo'), { kind: 'internal', path: '/' });
  assert.deepEqual(classifyUrl('notes/', '/', '/repo'), { kind: 'internal', path: '/notes/' });
  assert.deepEqual(classifyUrl('/repository/', '/', '/repo'), { kind: 'outside-base', path: '/repository/' });
});

test('http(s) and protocol-relative links are external; other schemes are not checked', () => {
  assert.deepEqual(classifyUrl('https://example.org/a#b', '/', ''), { kind: 'external', url: 'https://example.org/a#b' });
  assert.deepEqual(classifyUrl('//cdn.example/x.js', '/', ''), { kind: 'external', url: 'https://cdn.example/x.js' });
  for (const href of ['mailto:a@b.example', 'tel:+100', 'data:,', 'javascript:void(0)']) assert.deepEqual(classifyUrl(href, '/', ''), { kind: 'other' });
});

test('a malformed escape is kept as written', () => {
  assert.deepEqual(classifyUrl('/a%zz/', '/', ''), { kind: 'internal', path: '/a%zz/' });
});
