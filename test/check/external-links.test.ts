/** External links are requested once each, against a local server here (tests never touch the network). */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { builtSiteFromFiles } from '../../src/check/built-site.js';
import { checkBuiltSite } from '../../src/check/check-site.js';

test('reports 404s, timeouts and refused connections; 429 is unverified; HEAD falls back to GET; each URL once', async () => {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (req.url === '/slow') return; // never answers
    const status = req.url === '/ok' ? 200 : req.url === '/limited' ? 429 : req.url === '/get-only' ? (req.method === 'HEAD' ? 405 : 200) : 404;
    res.statusCode = status;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was just free: nothing listens there, so the connection is refused.
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const refused = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/refused`;
  await new Promise((r) => closed.close(r));
  const links = ['/ok', '/ok#section', '/gone', '/limited', '/get-only', '/slow'].map((p) => `<a href="${origin}${p}">x</a>`).join('\n');
  const html = `<!doctype html>\n<title>t</title><meta name="description" content="d">\n${links}\n<a href="${refused}">r</a>\n`;
  try {
    const diagnostics = await checkBuiltSite({ site: builtSiteFromFiles('out', [{ path: 'index.html', content: html }]), basePath: '', outLabel: '_site', external: { timeoutMs: 2000, concurrency: 2 } });
    assert.deepEqual(diagnostics.map((d) => `${d.file}:${d.position?.line}:${d.position?.col} ${d.severity} ${d.rule} ${d.message}`), [
      `_site/index.html:5:10 error broken-external-link External link ${origin}/gone is broken: HTTP 404.`,
      `_site/index.html:6:10 warning external-link-unverified External link ${origin}/limited answered 429; it could not be verified.`,
      `_site/index.html:8:10 error broken-external-link External link ${origin}/slow is broken: no answer within 2 s.`,
      `_site/index.html:9:10 error broken-external-link External link ${refused} is broken: ECONNREFUSED.`,
    ]);
    assert.deepEqual(seen.sort(), ['GET /get-only', 'HEAD /get-only', 'HEAD /gone', 'HEAD /limited', 'HEAD /ok', 'HEAD /slow']);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
