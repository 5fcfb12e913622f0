import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rewriteHref, type LinkContext } from '../../src/import/links.js';

const served = new Set(['/files/cv.pdf', '/talks/', '/cv']);
const ctx: LinkContext = {
  source: '_pages/about.md', oldUrl: '/about', siteBase: 'https://ann.github.io/site',
  pageUrlOf: (rel) => (rel === '_pages/cv.md' ? '/cv/' : undefined),
  served: (path) => served.has(path.replace(/\/{2,}/g, '/')),
};

test('own-domain links under the base path become site-relative, doubled slashes collapsed', () => {
  assert.equal(rewriteHref('https://ann.github.io/site//files/cv.pdf', ctx), '/files/cv.pdf');
  assert.equal(rewriteHref('http://ann.github.io/site/talks/#2024', ctx), '/talks/#2024');
  assert.equal(rewriteHref('https://ann.github.io/other-project/', ctx), 'https://ann.github.io/other-project/');
  assert.equal(rewriteHref('https://ann.github.io/sitemap.xml', ctx), 'https://ann.github.io/sitemap.xml');
});

test('relative links resolve against the old page address; *.md links name the page made from the file', () => {
  assert.equal(rewriteHref('images/me.png', ctx), '/images/me.png');
  assert.equal(rewriteHref('../files/cv.pdf?v=2', ctx), '/files/cv.pdf?v=2');
  assert.equal(rewriteHref('cv.md', ctx), '/cv/');
  assert.equal(rewriteHref('//files/cv.pdf', ctx), '/files/cv.pdf');
  assert.equal(rewriteHref('//cdn.example.org/x.js', ctx), '//cdn.example.org/x.js');
  assert.equal(rewriteHref('mailto:ann@example.org', ctx), 'mailto:ann@example.org');
});
