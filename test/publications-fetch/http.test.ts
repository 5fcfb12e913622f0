import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { DEFAULT_HTTP_OPTIONS, HttpClient, retryAfterMs } from '../../src/publications-fetch/http.js';
import { mapLimit } from '../../src/publications-fetch/parallel.js';
import { serveApis } from '../helpers/api-server.js';

const options = { ...DEFAULT_HTTP_OPTIONS, backoffMs: 20, userAgent: 'Vita tests (mailto:ada@example.org)' };

test('Retry-After: delay-seconds or an HTTP date; anything else is ignored', () => {
  const now = Date.parse('Sun, 30 Nov 2025 10:00:00 GMT');
  assert.equal(retryAfterMs('7', now), 7000);
  assert.equal(retryAfterMs(' 0 ', now), 0);
  assert.equal(retryAfterMs('Sun, 30 Nov 2025 10:00:30 GMT', now), 30_000);
  assert.equal(retryAfterMs('Sun, 30 Nov 2025 09:00:00 GMT', now), 0);
  assert.equal(retryAfterMs('soon', now), undefined);
  assert.equal(retryAfterMs(null, now), undefined);
});

test('5xx is retried with backoff, other 4xx are not; the User-Agent and Accept are sent', async () => {
  const server = await serveApis({
    '/flaky': [{ status: 503 }, { status: 502 }, { body: 'fine' }],
    '/forbidden': { status: 403, body: 'You shall not pass.\n' },
  });
  try {
    const client = new HttpClient(options, {});
    assert.deepEqual(await client.get(`${server.url}/flaky`, 'text/plain'), { ok: true, status: 200, text: 'fine' });
    const host = new URL(server.url).host;
    assert.deepEqual(await client.get(`${server.url}/forbidden`, 'text/plain'), { ok: false, problem: { kind: 'http', message: `${host} answered HTTP 403: You shall not pass.` } });
    assert.deepEqual(server.requests.map((r) => r.url), ['/flaky', '/flaky', '/flaky', '/forbidden']);
    assert.equal(server.requests[0]!.headers['user-agent'], 'Vita tests (mailto:ada@example.org)');
    assert.equal(server.requests[0]!.headers.accept, 'text/plain');
  } finally {
    await server.close();
  }
});

test('a host that refuses connections is retried, then reported as a network problem', async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  const result = await new HttpClient(options, {}).get(`http://127.0.0.1:${port}/x`, 'text/plain');
  assert.deepEqual(result, { ok: false, problem: { kind: 'network', message: `could not reach 127.0.0.1:${port} (ECONNREFUSED)` } });
});

test('mapLimit keeps the order of results and never runs more than the limit at once', async () => {
  let running = 0, most = 0;
  const results = await mapLimit([30, 10, 20, 5, 15], 2, async (ms, i) => {
    most = Math.max(most, ++running);
    await new Promise((resolve) => setTimeout(resolve, ms));
    running--;
    return i;
  });
  assert.deepEqual(results, [0, 1, 2, 3, 4]);
  assert.equal(most, 2);
});
