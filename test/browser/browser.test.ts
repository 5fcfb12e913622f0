/** A missing browser skips the suite on a developer's machine but fails it under CI. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserUnavailable, CHROMIUM_PATH } from './browser.js';

test('a missing chromium is a skip reason locally and an error under CI', () => {
  const missing = '/nonexistent/chromium';
  assert.equal(browserUnavailable(missing, {}), '/nonexistent/chromium not found; install it with `apt-get install -y chromium` (.ci/run does this in CI)');
  assert.equal(browserUnavailable(missing, { CI: 'false' }), browserUnavailable(missing, {}));
  assert.throws(() => browserUnavailable(missing, { CI: 'true' }), {
    message: 'browser tests cannot run under CI: /nonexistent/chromium not found; install it with `apt-get install -y chromium` (.ci/run does this in CI)',
  });
});

test('an installed chromium is available', { skip: process.env.CI === 'true' ? false : browserUnavailable() }, () => {
  assert.equal(browserUnavailable(CHROMIUM_PATH, { CI: 'true' }), undefined);
});
