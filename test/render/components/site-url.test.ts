import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SiteConfig } from '../../../src/model/types.js';
import { absoluteUrl, withBase } from '../../../src/render/components/site-url.js';

const config: SiteConfig = { title: 'T', url: 'https://ada.github.io/site', basePath: '/site', description: '', language: 'en', colorScheme: 'system' };

test('a site served under a sub-path gets the base path once, in links and in absolute URLs', () => {
  assert.equal(withBase(config.basePath, '/cv/'), '/site/cv/');
  assert.equal(absoluteUrl(config, '/cv/'), 'https://ada.github.io/site/cv/');
  assert.equal(absoluteUrl(config, '/'), 'https://ada.github.io/site/');
  assert.equal(absoluteUrl(config, 'https://elsewhere.example/x'), 'https://elsewhere.example/x');
  assert.equal(withBase(config.basePath, '//cdn.example/x'), '//cdn.example/x');
});
