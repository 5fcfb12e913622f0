import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToString } from 'preact-render-to-string';
import { SiteHeader } from '../../../src/render/components/site-header.js';
import { SiteFooter } from '../../../src/render/components/site-footer.js';
import { currentNavIndex } from '../../../src/render/components/top-nav.js';
import { fixtureSite } from './site-fixture.js';

test('skip link, title, navigation with the current page marked, hidden toggle', () => {
  const site = fixtureSite();
  const html = renderToString(<SiteHeader site={site} current={currentNavIndex(site.navigation, '/publications/')} />);
  assert.match(html, /^<a class="skip-link" href="#main">Skip to content<\/a><header class="site-header">/);
  assert.match(html, /<a class="site-title" href="\/">Zeqing Wang<\/a>/);
  assert.match(html, /<nav class="site-nav" aria-label="Main"><ul><li><a href="\/">About<\/a><\/li><li><a href="\/publications\/" aria-current="page">Publications<\/a><\/li><\/ul><\/nav>/);
  assert.match(html, /<button class="theme-toggle" type="button" data-theme-toggle aria-pressed="false" hidden>/);
  assert.match(html, /<span class="sr-only">Dark theme<\/span><\/button>/);
});

test('only an exact URL counts as current', () => {
  const nav = fixtureSite().navigation;
  assert.equal(currentNavIndex(nav, '/'), 0);
  assert.equal(currentNavIndex(nav, '/publications/x/'), -1);
  assert.equal(currentNavIndex(nav, undefined), -1);
});

test('navigation titles are escaped and site-relative URLs get the base path', () => {
  const site = fixtureSite({ navigation: [{ title: '<i>Blog</i>', url: '/blog/' }] });
  site.config.basePath = '/repo';
  const html = renderToString(<SiteHeader site={site} current={-1} />);
  assert.match(html, /<a class="site-title" href="\/repo\/">/);
  assert.match(html, /<li><a href="\/repo\/blog\/">&lt;i>Blog&lt;\/i><\/a><\/li>/);
});

test('footer: inline Markdown text and links', () => {
  const html = renderToString(<SiteFooter footer={{ text: '© 2025 *Me*', links: [{ label: 'Source', url: 'https://x.org/' }] }} basePath="" />);
  assert.equal(html, '<footer class="site-footer"><div class="site-footer__inner"><p class="site-footer__text">© 2025 <em>Me</em></p>' +
    '<ul class="site-footer__links"><li><a href="https://x.org/">Source</a></li></ul></div></footer>');
});
