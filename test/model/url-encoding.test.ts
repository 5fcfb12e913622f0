import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeSitePath, encodeSiteUrl } from '../../src/model/url-encoding.js';

test('a site path is percent-encoded as RFC 3986 path segments, keeping / and the characters a segment may hold', () => {
  assert.equal(encodeSitePath('/files/My Paper.pdf'), '/files/My%20Paper.pdf');
  assert.equal(encodeSitePath('/files/论文.pdf'), '/files/%E8%AE%BA%E6%96%87.pdf');
  assert.equal(encodeSitePath('/teaching/café/'), '/teaching/caf%C3%A9/');
  assert.equal(encodeSitePath("/a-b_c.d~e!$&'()*+,;=:@/"), "/a-b_c.d~e!$&'()*+,;=:@/");
  // In a site path # and ? are part of a file name, not a fragment or query.
  assert.equal(encodeSitePath('/files/#1 [draft]?.txt'), '/files/%231%20%5Bdraft%5D%3F.txt');
  assert.equal(encodeSitePath('/a"<>\\^`{|}b'), '/a%22%3C%3E%5C%5E%60%7B%7C%7Db');
  assert.equal(encodeSitePath('/emoji/🎓/'), '/emoji/%F0%9F%8E%93/');
  assert.equal(encodeSitePath('/lone\ud800/'), '/lone%EF%BF%BD/');
});

test('an escape already written is kept, a % that starts none is encoded: never encoded twice', () => {
  assert.equal(encodeSitePath('/files/My%20Paper.pdf'), '/files/My%20Paper.pdf');
  assert.equal(encodeSitePath(encodeSitePath('/teaching/café/')), '/teaching/caf%C3%A9/');
  assert.equal(encodeSitePath('/files/100% sure.txt'), '/files/100%25%20sure.txt');
  assert.equal(encodeSitePath('/a%2/%zz/%'), '/a%252/%25zz/%25');
});

test('a site-relative URL keeps its query and fragment; each part is encoded once', () => {
  assert.equal(encodeSiteUrl('/files/My Paper.pdf#page=2'), '/files/My%20Paper.pdf#page=2');
  assert.equal(encodeSiteUrl('/search/?q=café au lait'), '/search/?q=caf%C3%A9%20au%20lait');
  assert.equal(encodeSiteUrl('/a b/?x=%20#top'), '/a%20b/?x=%20#top');
  assert.equal(encodeSiteUrl('files/a b.pdf'), 'files/a%20b.pdf');
});
