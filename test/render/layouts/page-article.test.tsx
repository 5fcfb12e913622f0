import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import type { PageDisplay, Site } from '../../../src/model/types.js';
import { pageArticle } from '../../../src/render/layouts/render-page.js';
import { tocHtml } from '../../../src/render/layouts/toc.js';
import { fixtureSite } from '../components/site-fixture.js';

// The JSX pageArticle replaced (for speed), kept here as the reference its bytes must match.
function jsxPageArticle(site: Site, title: string, bodyHtml: string, display: PageDisplay = {}): string {
  const toc = display.toc ? tocHtml(bodyHtml, site.ui.messages.on_this_page) : '';
  return renderToString(
    <article class="page">
      <h1 class={display.hideTitle ? 'page__title sr-only' : 'page__title'}>{title}</h1>
      {toc && <div class="page__toc" dangerouslySetInnerHTML={{ __html: toc }} />}
      <div class="page__body prose" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
    </article>,
  );
}

test('pageArticle gives the same bytes as the JSX it replaced: titles, hidden titles, tables of contents', () => {
  const site = fixtureSite();
  const withHeadings = '<h2 id="a">A &amp; B</h2><p>x</p><h3 id="b">B</h3><h2 id="c">C</h2>';
  for (const title of ['Publications', 'Fish & "chips" <b>', '']) {
    for (const body of ['', '<p>Hello</p>\n', withHeadings]) {
      for (const display of [undefined, {}, { toc: true }, { hideTitle: true }, { toc: true, hideTitle: true }] as Array<PageDisplay | undefined>) {
        assert.equal(pageArticle(site, title, body, display), jsxPageArticle(site, title, body, display), JSON.stringify({ title, body, display }));
      }
    }
  }
});
