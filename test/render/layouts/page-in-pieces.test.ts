import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageInPieces } from '../../../src/render/layouts/page-in-pieces.js';
import { renderPage } from '../../../src/render/layouts/render-page.js';
import { fixturePage, fixtureSite } from '../components/site-fixture.js';

const assets = { css: '/assets/vita.abc.css', js: '/assets/vita.def.js' };
const page = fixturePage({ url: '/publications/', title: 'Publications · ü', layout: 'page' });

test('a body in pieces gives the bytes of the page rendered around the joined body', () => {
  // ASCII, Latin-1, other BMP text, a surrogate pair, a lone surrogate, and pieces larger than the 1 MB chunks.
  const parts = ['<p>a &amp; b</p>', 'München ', '† 中文 ', '😀', '\uD800', 'x'.repeat(1_500_000), '', 'ü'.repeat(600_000), '<p>end</p>'];
  const context = { site: fixtureSite(), page, bodyHtml: '', assets, extraHead: '<meta name="x" content="ü">' };
  const expected = Buffer.from(renderPage({ ...context, bodyHtml: parts.join('') }));
  const bytes = pageInPieces(context, parts);
  assert.equal(bytes.length, expected.length);
  assert.ok(expected.equals(bytes));
  assert.ok(Buffer.from(pageInPieces(context, [])).equals(Buffer.from(renderPage(context))));
});

test('when the page around the body holds the mark itself, the page is rendered the plain way', () => {
  const site = fixtureSite();
  const odd = { ...site, config: { ...site.config, title: 'A\u0000vita-body\u0000B' } };
  const context = { site: odd, page, bodyHtml: '', assets };
  assert.ok(Buffer.from(renderPage({ ...context, bodyHtml: '<p>one</p><p>two</p>' })).equals(pageInPieces(context, ['<p>one</p>', '<p>two</p>'])));
});
