/** scripts/page-weight.ts counts each kind of byte a page loads, once per page, and flags an overweight home page. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { homePageFlags, measurePageWeights } from '../../scripts/page-weight.js';

function folder(files: Record<string, string | number>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vita-weight-test-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'number' ? 'x'.repeat(content) : content);
  }
  return dir;
}

const HOME = '<!doctype html><title>t</title><link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="a.css">'
  + '<script type="application/ld+json">{"@type":"Person"}</script><script>var x=1;</script><script src="/a.js" defer></script>'
  + '<img src="/p.png" alt=""><img src="/p.png" alt=""><img src="/missing.png" alt="">';
const CSS = '@font-face{font-family:F;src:url("fonts/f.woff2") format("woff2")}';

test('counts HTML, stylesheets, the fonts they declare, scripts (inline code, not JSON-LD) and images, each file once', () => {
  const dir = folder({ 'index.html': HOME, 'a.css': CSS, 'fonts/f.woff2': 700, 'a.js': 300, 'p.png': 200, 'old/index.html': '<meta http-equiv="refresh" content="0; url=/">' });
  const weights = measurePageWeights(dir);
  assert.deepEqual(weights.map((w) => [w.url, Object.fromEntries(Object.entries(w.bytes).map(([k, b]) => [k, b.raw]))]), [
    ['/', { html: HOME.length, css: CSS.length, js: 300 + 'var x=1;'.length, fonts: 700, images: 200 }],
  ]);
  assert.ok(weights[0]!.bytes.js.gzip > 0 && weights[0]!.bytes.js.gzip < 300);
  assert.deepEqual(homePageFlags(weights), []);
});

test('flags a home page over 50 KB before images or over 3 KB of JavaScript', () => {
  const html = '<script src="/big.js"></script><link rel="stylesheet" href="/big.css">';
  const dir = folder({ 'index.html': html, 'big.js': 3 * 1024 + 1, 'big.css': 48 * 1024 });
  assert.deepEqual(homePageFlags(measurePageWeights(dir)), [
    `home page weighs ${html.length + 3073 + 48 * 1024} bytes (51.1 KB) before images; budget 51200 bytes`,
    'home page ships 3073 bytes (3.0 KB) of JavaScript; budget 3072 bytes',
  ]);
});
