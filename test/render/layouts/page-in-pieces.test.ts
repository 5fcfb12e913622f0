import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageInPieces } from '../../../src/render/layouts/page-in-pieces.js';
import { renderPage } from '../../../src/render/layouts/render-page.js';
import { fixturePage, fixtureSite } from '../components/site-fixture.js';

const assets = { css: '/assets/vita.abc.css', js: '/assets/vita.def.js' };
const page = fixturePage({ url: '/publications/', title: 'Publications · ü', layout: 'page' });

test('a body in pieces gives, piece by piece, the page rendered around the joined body', () => {
  const parts = ['<p>a &amp; b</p>', 'München ', '† 中文 ', '😀', '', '<p>end</p>'];
  const context = { site: fixtureSite(), page, bodyHtml: '', assets, extraHead: '<meta name="x" content="ü">' };
  const pieces = [...pageInPieces(context, parts)];
  assert.equal(pieces.length, parts.length + 2, 'the page before the body, its pieces, the page after it');
  assert.equal(pieces.join(''), renderPage({ ...context, bodyHtml: parts.join('') }));
  assert.equal([...pageInPieces(context, [])].join(''), renderPage(context));
});

test('when the page around the body holds the mark itself, the page is rendered the plain way', () => {
  const site = fixtureSite();
  const odd = { ...site, config: { ...site.config, title: 'A\u0000vita-body\u0000B' } };
  const context = { site: odd, page, bodyHtml: '', assets };
  const pieces = [...pageInPieces(context, ['<p>one</p>', '<p>two</p>'])];
  assert.deepEqual(pieces, [renderPage({ ...context, bodyHtml: '<p>one</p><p>two</p>' })]);
});
