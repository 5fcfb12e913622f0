import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUrl, pageDescription, pageTitle } from '../../../src/render/head/page-meta.js';
import { fixturePage, fixtureSite } from '../components/site-fixture.js';

test('title: the home page is the site title, other pages "Page · Site"', () => {
  const site = fixtureSite();
  assert.equal(pageTitle(site, fixturePage()), 'Zeqing Wang');
  assert.equal(pageTitle(site, fixturePage({ url: '/publications/', title: 'Publications' })), 'Publications · Zeqing Wang');
});

test('description: own description, else excerpt, else the site description', () => {
  const site = fixtureSite();
  assert.equal(pageDescription(site, fixturePage({ description: 'D', excerpt: 'E' })), 'D');
  assert.equal(pageDescription(site, fixturePage({ excerpt: 'E' })), 'E');
  assert.equal(pageDescription(site, fixturePage()), 'MPhil student at SYSU working on vision-language models.');
});

test('canonical: site URL + base path + page URL', () => {
  const site = fixtureSite();
  site.config.basePath = '/repo';
  site.config.url = 'https://zeqing-wang.github.io/repo'; // the model puts the base path in the URL too
  assert.equal(canonicalUrl(site, fixturePage({ url: '/publications/' })), 'https://zeqing-wang.github.io/repo/publications/');
});
