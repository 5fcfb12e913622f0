/** Lighthouse (mobile) on the built seed site: accessibility, best practices and SEO are 100 on the home and publications pages. */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { formatScores, measureSite, PAGES } from '../../scripts/lighthouse.js';
import { browserUnavailable } from './browser.js';

const unavailable = browserUnavailable();

// Performance depends on the machine's load, so it is only reported (`node --import tsx scripts/lighthouse.ts`).
test('Lighthouse scores 100 for accessibility, best practices and SEO', { skip: unavailable ?? false }, async () => {
  const results = await measureSite(resolve('examples/seed'), PAGES, ['accessibility', 'best-practices', 'seo']);
  console.log(formatScores(results));
  assert.deepEqual(results.map((r) => ({ path: r.path, runtimeError: r.runtimeError, a11y: r.scores.accessibility, bp: r.scores['best-practices'], seo: r.scores.seo, failing: r.failing })),
    PAGES.map((path) => ({ path, runtimeError: undefined, a11y: 100, bp: 100, seo: 100, failing: [] })));
});
