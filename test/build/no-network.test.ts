import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { finished, REPO, spawnSourceBuild } from './child-build.js';

const PRELOAD = join(REPO, 'test/build/no-network-preload.mjs');

function logFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'vita-net-')), 'attempts.json');
}

test('the network guard itself catches fetch, http, net, tls and DNS (so the build test can fail)', async () => {
  const log = logFile();
  const script = `
    const tries = [() => fetch('https://example.org/'), () => require('node:http').get('http://example.org/'), () => require('node:net').connect(80, 'example.org'),
      () => require('node:tls').connect(443, 'example.org'), () => require('node:dns').lookup('example.org', () => {}), () => require('node:https').request('https://example.org/')];
    for (const t of tries) { try { t(); } catch {} }`;
  const child = spawn(process.execPath, ['--import', PRELOAD, '-e', script], { env: { ...process.env, VITA_TEST_NET_LOG: log }, stdio: ['ignore', 'pipe', 'pipe'] });
  const result = await finished(child);
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(JSON.parse(readFileSync(log, 'utf8')), [
    'fetch https://example.org/', 'http.get http://example.org/', 'net.connect 80', 'tls.connect 443', 'dns.lookup example.org', 'https.request https://example.org/',
  ]);
});

for (const example of ['seed', 'full']) {
  test(`vita build of examples/${example} makes no network connection and no DNS lookup`, async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'vita-net-site-')), 'site');
    cpSync(join(REPO, 'examples', example), root, { recursive: true, filter: (src) => !src.includes('_site') });
    const log = logFile();
    const result = await finished(spawnSourceBuild([root], { preload: [PRELOAD], env: { ...process.env, VITA_TEST_NET_LOG: log } }));
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Built \d+ HTML files/);
    assert.deepEqual(JSON.parse(readFileSync(log, 'utf8')), []);
  });
}
