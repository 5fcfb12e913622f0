import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRequestPath } from '../../src/dev/request-path.js';

test('parseRequestPath decodes once into segments', () => {
  assert.deepEqual(parseRequestPath('/'), { ok: true, segments: [], trailingSlash: true });
  assert.deepEqual(parseRequestPath('/papers/2024/?q=1#x'), { ok: true, segments: ['papers', '2024'], trailingSlash: true });
  assert.deepEqual(parseRequestPath('/files/cv%20v2.pdf'), { ok: true, segments: ['files', 'cv v2.pdf'], trailingSlash: false });
  assert.deepEqual(parseRequestPath('/a//b'), { ok: true, segments: ['a', 'b'], trailingSlash: false });
  assert.deepEqual(parseRequestPath('/%E7%8E%8B/'), { ok: true, segments: ['王'], trailingSlash: true });
});

test('parseRequestPath refuses traversal in every spelling', () => {
  const refused: Array<[string, number, string]> = [
    ['/../etc/passwd', 403, 'dot segment in path'],
    ['/a/./b', 403, 'dot segment in path'],
    ['/%2e%2e/x', 403, 'dot segment in path'],
    ['/%2E%2E%2Fx', 403, 'dot segment in path'],
    ['/a%2f..%2f..%2fx', 403, 'dot segment in path'],
    ['/%252e%252e%252fx', 403, 'doubly encoded path'],
    ['/a%252fb', 403, 'doubly encoded path'],
    ['/..\\x', 403, 'backslash in path'],
    ['/a%5c..%5cx', 403, 'backslash in path'],
    ['/a%5C..', 403, 'backslash in path'],
    ['/x%00.html', 400, 'control character in path'],
    ['/x%0d%0aSet-Cookie:%20a', 400, 'control character in path'],
    ['/%E0%A4%A', 400, 'malformed percent-encoding'],
    ['/%', 400, 'malformed percent-encoding'],
    ['x', 400, 'the request target is not a path'],
    ['http://evil.example/', 400, 'the request target is not a path'],
    ['*', 400, 'the request target is not a path'],
  ];
  for (const [target, status, reason] of refused) {
    assert.deepEqual(parseRequestPath(target), { ok: false, status, reason }, target);
  }
});
