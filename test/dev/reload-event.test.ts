import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reloadEvent } from '../../src/dev/reload-event.js';

test('reloadEvent: nothing, a stylesheet swap, or a reload listing the changed URLs', () => {
  assert.equal(reloadEvent({ written: [], removed: [] }, ''), undefined);
  assert.deepEqual(reloadEvent({ written: ['css/a.css', 'b.css'], removed: [] }, ''), { event: 'css', data: '["/b.css","/css/a.css"]' });
  assert.deepEqual(reloadEvent({ written: ['about/index.html', 'index.html', 'sitemap.xml'], removed: [] }, '/repo'),
    { event: 'reload', data: '["/repo/","/repo/about/","/repo/sitemap.xml"]' });
  assert.deepEqual(reloadEvent({ written: [], removed: ['old.css'] }, ''), { event: 'reload', data: '["/old.css"]' });
  assert.deepEqual(reloadEvent({ written: ['a.css', 'x/index.html'], removed: [] }, ''), { event: 'reload', data: '["/a.css","/x/"]' });
});
