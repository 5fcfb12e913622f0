import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../../src/build.js';
import { PageRenderCache } from '../../src/dev/page-render-cache.js';

test('a multilingual site: a rebuild with nothing changed renders no page again, in any language', async () => {
  const cache = new PageRenderCache();
  const once = await build({ root: 'examples/bilingual', write: false, pageRenderer: cache.render });
  assert.ok(once.ok);
  assert.deepEqual(cache.lastRendered, ['/', '/publications/', '/zh/', '/zh/publications/']);
  const again = await build({ root: 'examples/bilingual', write: false, pageRenderer: cache.render });
  assert.deepEqual(cache.lastRendered, []);
  assert.deepEqual(again.paths, once.paths);
});
