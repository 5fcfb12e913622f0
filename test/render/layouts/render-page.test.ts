import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderNotFound, renderPage } from '../../../src/render/layouts/render-page.js';
import { THEME_INIT_SCRIPT } from '../../../src/render/head/theme-init.js';
import { fixturePage, fixtureSite } from '../components/site-fixture.js';

const assets = { css: '/assets/vita.abc.css', js: '/assets/vita.def.js' };

test('a home page: doctype, lang, title, description, canonical, OpenGraph and Twitter tags', () => {
  const html = renderPage({ site: fixtureSite(), page: fixturePage({ excerpt: 'About me' }), bodyHtml: '<p>Hello</p>', assets });
  assert.ok(html.startsWith('<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Zeqing Wang</title>' +
    '<meta name="description" content="About me"><link rel="canonical" href="https://zeqing-wang.github.io/">' +
    '<meta property="og:type" content="profile"><meta property="og:title" content="Zeqing Wang">' +
    '<meta property="og:description" content="About me"><meta property="og:url" content="https://zeqing-wang.github.io/">' +
    '<meta name="twitter:title" content="Zeqing Wang"><meta name="twitter:description" content="About me">' +
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Zeqing Wang"'));
  assert.ok(html.includes('<meta name="color-scheme" content="light dark">'));
  assert.ok(html.includes('<link rel="stylesheet" href="/assets/vita.abc.css"><script src="/assets/vita.def.js" defer></script>'));
  assert.ok(html.includes('<meta property="og:image" content="https://zeqing-wang.github.io/images/avatar.png">'));
  assert.ok(html.includes('<meta name="twitter:card" content="summary"><meta name="twitter:creator" content="@zeqing">'));
  assert.ok(html.endsWith('</body></html>\n'));
});

test('home layout: profile sidebar beside the article; the body HTML goes in as it is', () => {
  const html = renderPage({ site: fixtureSite(), page: fixturePage(), bodyHtml: '<p>Hello <b>world</b></p>', assets });
  assert.match(html, /<div class="layout layout--home"><aside class="profile" aria-label="Profile">.*<\/aside><main id="main" class="main"><article class="page"><h1 class="page__title">Hi, I'm Zeqing Wang<\/h1><div class="page__body prose"><p>Hello <b>world<\/b><\/p><\/div><\/article><\/main><\/div><footer/s);
  assert.match(html, /<a href="\/" aria-current="page">About<\/a>/);
});

test('page layout: no sidebar, no Person; the navigation marks the page; extra head and JSON-LD included', () => {
  const page = fixturePage({ url: '/publications/', title: 'Publications', layout: 'page' });
  const html = renderPage({
    site: fixtureSite(), page, bodyHtml: '', assets,
    extraHead: '<meta name="citation_title" content="X">', jsonLd: [{ '@type': 'ScholarlyArticle', name: '</script>' }],
  });
  assert.doesNotMatch(html, /class="profile"/);
  assert.doesNotMatch(html, /"Person"/);
  assert.match(html, /<title>Publications · Zeqing Wang<\/title>/);
  assert.match(html, /<meta name="citation_title" content="X"><script type="application\/ld\+json">\{"@type":"ScholarlyArticle","name":"\\u003c\/script\\u003e"\}<\/script>/);
  assert.match(html, /<div class="layout layout--page"><main id="main" class="main">/);
  assert.match(html, /<a href="\/publications\/" aria-current="page">Publications<\/a>/);
});

test('page data is escaped in the head and the heading', () => {
  const site = fixtureSite();
  site.author.name = '</script><script>alert(1)</script>';
  const page = fixturePage({ url: '/x/', title: '<img src=x onerror=alert(1)>', description: '"quoted" & <b>' });
  const html = renderPage({ site, page, bodyHtml: '', assets });
  assert.match(html, /<title>&lt;img src=x onerror=alert\(1\)&gt; · Zeqing Wang<\/title>/);
  assert.match(html, /<meta name="description" content="&quot;quoted&quot; &amp; &lt;b&gt;">/);
  assert.match(html, /<h1 class="page__title">&lt;img src=x onerror=alert\(1\)><\/h1>/);
  assert.match(html, /<meta name="author" content="&lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;">/);
  assert.doesNotMatch(html, /<script>alert/);
});

test('the owner fixing a colour scheme sets data-theme; a base path reaches assets and links', () => {
  const site = fixtureSite();
  site.config.colorScheme = 'dark';
  site.config.basePath = '/repo';
  site.config.url = 'https://zeqing-wang.github.io/repo'; // the model puts the base path in the URL too
  const html = renderPage({ site, page: fixturePage(), bodyHtml: '', assets });
  assert.match(html, /^<!doctype html>\n<html lang="en" data-theme="dark">/);
  assert.match(html, /<meta name="color-scheme" content="dark">/);
  assert.match(html, /<link rel="canonical" href="https:\/\/zeqing-wang.github.io\/repo\/">/);
  assert.match(html, /<link rel="stylesheet" href="\/repo\/assets\/vita.abc.css">/);
  assert.match(html, /<img class="profile__avatar" src="\/repo\/images\/avatar.png"/);
});

test('rendering is deterministic, and a new Site object is never served another site\'s cached parts', () => {
  const site = fixtureSite();
  const ctx = { site, page: fixturePage(), bodyHtml: '', assets };
  assert.equal(renderPage(ctx), renderPage(ctx));
  const other = fixtureSite({ author: { ...site.author, name: 'Someone Else' } });
  assert.match(renderPage({ ...ctx, site: other }), /<p class="profile__name">Someone Else/);
  assert.match(renderPage({ ...ctx, assets: { css: '/a.css', js: '/a.js' } }), /<link rel="stylesheet" href="\/a.css">/);
});

test('404: not indexed, no canonical, a way home', () => {
  const site = fixtureSite();
  site.config.basePath = '/repo';
  site.config.url = 'https://zeqing-wang.github.io/repo'; // the model puts the base path in the URL too
  const html = renderNotFound(site, assets);
  assert.match(html, /<title>Page not found · Zeqing Wang<\/title><meta name="description" content="[^"]+"><meta name="robots" content="noindex">/);
  assert.doesNotMatch(html, /rel="canonical"|og:url/);
  assert.match(html, /<h1 class="page__title">Page not found<\/h1>/);
  assert.match(html, /<a href="\/repo\/">Go to the home page<\/a>/);
  assert.match(html, /<link rel="stylesheet" href="\/repo\/assets\/vita.abc.css">/);
});

test('shared head: the theme is set before the stylesheet loads; analytics only when configured', () => {
  const page = fixturePage();
  const plain = renderPage({ site: fixtureSite(), page, bodyHtml: '', assets });
  assert.ok(plain.includes(`<script>${THEME_INIT_SCRIPT}</script><link rel="stylesheet" href="/assets/vita.abc.css">`));
  assert.ok(plain.includes('<link rel="icon" href="/images/avatar.png">'));
  assert.doesNotMatch(plain, /plausible|googletagmanager|goatcounter|umami/);
  const withStats = renderPage({ site: fixtureSite({ analytics: { provider: 'plausible', id: 'me.org' } }), page, bodyHtml: '', assets });
  assert.ok(withStats.includes('<script defer data-domain="me.org" src="https://plausible.io/js/script.js"></script></head>'));
});
