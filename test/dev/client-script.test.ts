import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLIENT_SCRIPT, injectClient } from '../../src/dev/client-script.js';

const TAG = '<script type="module" src="/__vita/client.js"></script>';

test('injectClient puts the script before the last </body>, or at the end', () => {
  assert.equal(injectClient('<p>a</p></body></html>'), `<p>a</p>${TAG}</body></html>`);
  assert.equal(injectClient('<pre>&lt;/body&gt;</pre></BODY>'), `<pre>&lt;/body&gt;</pre>${TAG}</BODY>`);
  assert.equal(injectClient('<p>x</body> y </body>'), `<p>x</body> y ${TAG}</body>`);
  assert.equal(injectClient('<p>no body'), `<p>no body${TAG}`);
});

test('the client handles every event the server sends and builds no HTML from data itself', () => {
  for (const name of ['hello', 'reload', 'css', 'error', 'clear']) assert.ok(CLIENT_SCRIPT.includes(`addEventListener('${name}'`), name);
  // The only HTML it inserts is the overlay, which the server escaped.
  assert.equal(CLIENT_SCRIPT.match(/innerHTML/g)?.length, 1);
  assert.doesNotThrow(() => new Function(CLIENT_SCRIPT.replace(/^\/\/.*$/m, '')));
});
