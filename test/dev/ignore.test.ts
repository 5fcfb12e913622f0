import assert from 'node:assert/strict';
import { test } from 'node:test';
import { devIgnore } from '../../src/dev/ignore.js';

test('devIgnore skips dependencies, VCS, editor temp files and the output folder with its siblings', () => {
  const ignore = devIgnore(['_site']);
  const skipped = ['node_modules', 'node_modules/a/b.js', '.git', '.git/HEAD', '_site', '_site/index.html', '_site.tmp-123',
    '_site-old/x', 'pages/.index.md.swp', 'pages/index.md~', 'pages/.#index.md', 'pages/#index.md#', 'pages/4913', 'static/node_modules/x'];
  const kept = ['site.yml', 'pages/index.md', 'pages/_site.md', 'data/news.yml', 'static/_site/a.png', 'static/.well-known/x', 'pages/.index.md.tmp'];
  assert.deepEqual(skipped.filter((p) => !ignore(p)), []);
  assert.deepEqual(kept.filter((p) => ignore(p)), []);
  const nested = devIgnore(['build/out']);
  assert.deepEqual(['build/out/a', 'build/out.tmp-1', 'build', 'out', 'pages/x.md'].map(nested), [true, true, false, false, false]);
  assert.equal(devIgnore([])('_site/index.html'), false);
  assert.deepEqual(['_site/a', 'preview/a', 'pages/a.md'].map(devIgnore(['_site', 'preview'])), [true, true, false]);
});
