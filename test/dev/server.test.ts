import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startDevServer, type DevServer } from '../../src/dev/server.js';
import { EventReader, rawGet, rawSend } from './http-helpers.js';

const CLIENT_TAG = '<script type="module" src="/__vita/client.js"></script>';

describe('dev server', { timeout: 20_000 }, () => {
  let dir: string;
  let server: DevServer;
  let port: number;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vita-dev-server-'));
    const out = join(dir, 'out');
    mkdirSync(join(out, 'papers'), { recursive: true });
    mkdirSync(join(out, 'assets'));
    writeFileSync(join(out, 'index.html'), '<html><body><h1>Home</h1></body></html>');
    writeFileSync(join(out, 'papers', 'index.html'), '<p>Papers</p>');
    writeFileSync(join(out, 'assets', 'site.css'), 'body{color:red}');
    writeFileSync(join(out, 'assets', 'cv.pdf'), '%PDF-1.4');
    writeFileSync(join(out, '404.html'), '<html><body>Lost</body></html>');
    writeFileSync(join(dir, 'secret.txt'), 'TOP SECRET');
    symlinkSync(join(dir, 'secret.txt'), join(out, 'leak.txt'));
    symlinkSync(dir, join(out, 'up'));
    symlinkSync(join(out, 'assets', 'site.css'), join(out, 'alias.css'));
    server = await startDevServer({ root: out, host: '127.0.0.1', port: 0, greeting: () => [{ event: 'hello', data: 's1' }] });
    port = server.port;
  });

  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('serves pages with the client script injected before </body>', async () => {
    const res = await rawGet(port, '/');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(res.body, `<html><body><h1>Home</h1>${CLIENT_TAG}</body></html>`);
    const papers = await rawGet(port, '/papers/');
    assert.equal(papers.body, `<p>Papers</p>${CLIENT_TAG}`);
  });

  test('redirects a folder without its slash, keeping the query', async () => {
    const res = await rawGet(port, '/papers?x=1');
    assert.equal(res.status, 301);
    assert.equal(res.headers.location, '/papers/?x=1');
  });

  test('serves other files byte for byte with their content type', async () => {
    const css = await rawGet(port, '/assets/site.css');
    assert.deepEqual([css.status, css.headers['content-type'], css.body], [200, 'text/css; charset=utf-8', 'body{color:red}']);
    const pdf = await rawGet(port, '/assets/cv.pdf');
    assert.deepEqual([pdf.status, pdf.headers['content-type'], pdf.body], [200, 'application/pdf', '%PDF-1.4']);
    const alias = await rawGet(port, '/alias.css');
    assert.equal(alias.body, 'body{color:red}', 'a symlink that stays inside the output is fine');
  });

  test('answers a missing path with 404.html and the script', async () => {
    const res = await rawGet(port, '/nope/');
    assert.equal(res.status, 404);
    assert.equal(res.body, `<html><body>Lost${CLIENT_TAG}</body></html>`);
    const file = await rawGet(port, '/assets/site.css/');
    assert.equal(file.status, 404, 'a file asked for as a folder');
  });

  test('refuses every traversal spelling', async () => {
    const cases: Array<[string, number]> = [
      ['/../secret.txt', 403],
      ['/papers/../../secret.txt', 403],
      ['/%2e%2e/secret.txt', 403],
      ['/%2e%2e%2fsecret.txt', 403],
      ['/papers%2f..%2f..%2fsecret.txt', 403],
      ['/%252e%252e%252fsecret.txt', 403],
      ['/papers%252f..%252f..%252fsecret.txt', 403],
      ['/..\\secret.txt', 403],
      ['/%5c..%5csecret.txt', 403],
      ['/index.html%00.css', 400],
      ['/leak.txt', 403],
      ['/up/secret.txt', 403],
      ['/up/', 403],
      ['/%E0%A4%A', 400],
      ['secret.txt', 400],
    ];
    for (const [target, status] of cases) {
      const res = await rawGet(port, target);
      assert.equal(res.status, status, target);
      assert.ok(!res.body.includes('TOP SECRET'), target);
    }
  });

  test('refuses foreign Host headers and accepts local ones', async () => {
    for (const host of ['evil.example', 'evil.example:' + port, '127.0.0.1.evil.example', 'localhost.evil.example', '[::2]:1', '']) {
      const res = await rawGet(port, '/', host);
      assert.equal(res.status, 403, host);
      assert.equal(res.body, 'Forbidden: unknown Host header\n');
    }
    for (const host of [`localhost:${port}`, `LOCALHOST:${port}`, '127.0.0.1', `[::1]:${port}`]) {
      assert.equal((await rawGet(port, '/', host)).status, 200, host);
    }
    const events = await rawGet(port, '/__vita/events', 'evil.example');
    assert.equal(events.status, 403, 'the event stream is guarded too');
  });

  test('only GET and HEAD', async () => {
    const res = await rawSend(port, `POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
    assert.deepEqual([res.status, res.headers.allow], [405, 'GET, HEAD']);
    const head = await rawSend(port, `HEAD /assets/site.css HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    assert.deepEqual([head.status, head.headers['content-length'], head.body], [200, '15', '']);
  });

  test('survives malformed and oversized requests', async () => {
    assert.equal((await rawSend(port, 'THIS IS NOT HTTP\r\n\r\n')).status, 400);
    assert.equal((await rawSend(port, 'GET / HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n')).status, 400);
    const huge = `X-Big: ${'a'.repeat(64 * 1024)}\r\n`;
    assert.equal((await rawGet(port, '/', 'localhost', huge)).status, 431);
    assert.equal((await rawSend(port, '\u0000\u0001\u0002garbage')).status, 400);
    assert.equal((await rawGet(port, '/')).status, 200, 'still serving');
  });

  test('streams events with the greeting first', async () => {
    const reader = await EventReader.open(port);
    try {
      assert.deepEqual(await reader.next('hello'), { event: 'hello', data: 's1' });
      server.events.send({ event: 'reload', data: '["/a/"]\nsecond line' });
      assert.deepEqual(await reader.next('reload'), { event: 'reload', data: '["/a/"]\nsecond line' });
      const script = await rawGet(port, '/__vita/client.js');
      assert.equal(script.headers['content-type'], 'text/javascript; charset=utf-8');
      assert.match(script.body, /new EventSource\("\/__vita\/events"\)/);
    } finally {
      reader.close();
    }
  });

  test('takes the next port when the asked one is busy', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const busy = (blocker.address() as { port: number }).port;
    const second = await startDevServer({ root: dir, host: '127.0.0.1', port: busy, greeting: () => [] });
    try {
      assert.equal(second.busyPort, busy);
      assert.ok(second.port > busy);
      assert.equal(second.url, `http://127.0.0.1:${second.port}/`);
    } finally {
      await second.close();
      await new Promise<void>((r) => blocker.close(() => r()));
    }
  });
});

describe('dev server under a base path', { timeout: 20_000 }, () => {
  test('serves the site under /repo/ and nothing outside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vita-dev-base-'));
    mkdirSync(join(dir, 'papers'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<p>Home</p>');
    writeFileSync(join(dir, 'papers', 'index.html'), '<p>Papers</p>');
    const server = await startDevServer({ root: dir, host: '127.0.0.1', port: 0, basePath: () => '/repo', greeting: () => [] });
    try {
      const p = server.port;
      const root = await rawGet(p, '/');
      assert.deepEqual([root.status, root.headers.location], [302, '/repo/']);
      assert.equal((await rawGet(p, '/repo/')).body, `<p>Home</p>${CLIENT_TAG}`);
      assert.equal((await rawGet(p, '/repo')).body, `<p>Home</p>${CLIENT_TAG}`);
      const folder = await rawGet(p, '/repo/papers?x');
      assert.deepEqual([folder.status, folder.headers.location], [301, '/repo/papers/?x']);
      assert.equal((await rawGet(p, '/repo/papers/')).body, `<p>Papers</p>${CLIENT_TAG}`);
      assert.deepEqual([(await rawGet(p, '/papers/')).status, (await rawGet(p, '/papers/')).body], [404, 'Not Found: this site lives under /repo/\n']);
      assert.equal((await rawGet(p, '/repository/')).status, 404);
      assert.equal((await rawGet(p, '/repo/../repo/')).status, 403);
      assert.equal((await rawGet(p, '/__vita/client.js')).status, 200, 'dev paths stay at the root');
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
