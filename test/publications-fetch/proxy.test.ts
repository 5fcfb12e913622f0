import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { test } from 'node:test';
import { DEFAULT_HTTP_OPTIONS, HttpClient } from '../../src/publications-fetch/http.js';
import { proxyFor } from '../../src/publications-fetch/proxy.js';

test('proxyFor reads HTTPS_PROXY / HTTP_PROXY in either case and honours NO_PROXY', () => {
  assert.equal(proxyFor('https://api.crossref.org/works', { HTTPS_PROXY: 'http://proxy:3128' }), 'http://proxy:3128');
  assert.equal(proxyFor('https://api.crossref.org/works', { https_proxy: 'http://lower:3128' }), 'http://lower:3128');
  assert.equal(proxyFor('https://api.crossref.org/works', { HTTP_PROXY: 'http://only-http:3128' }), 'http://only-http:3128');
  assert.equal(proxyFor('http://export.arxiv.org/api', { HTTPS_PROXY: 'http://proxy:3128' }), undefined);
  assert.equal(proxyFor('https://api.crossref.org/works', {}), undefined);
  const env = { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'localhost, .example.org,crossref.org:8443' };
  assert.equal(proxyFor('https://localhost/x', env), undefined);
  assert.equal(proxyFor('https://api.example.org/x', env), undefined);
  assert.equal(proxyFor('https://example.org/x', env), undefined);
  assert.equal(proxyFor('https://api.crossref.org/works', env), 'http://proxy:3128');
  assert.equal(proxyFor('https://api.crossref.org:8443/works', env), undefined);
  assert.equal(proxyFor('https://api.crossref.org/works', { ...env, no_proxy: '*' }), undefined);
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

test('behind HTTP_PROXY, requests are tunnelled through the proxy (CONNECT); NO_PROXY goes direct', async () => {
  const api = createServer((req, res) => res.end(`answer for ${req.url}`));
  const tunnels: string[] = [];
  const proxy = createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req, socket, head) => {
    tunnels.push(req.url!);
    const [host, port] = req.url!.split(':');
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
  });
  const apiHost = await listen(api);
  const proxyHost = await listen(proxy);
  try {
    const options = { ...DEFAULT_HTTP_OPTIONS, userAgent: 'Vita tests' };
    const proxied = new HttpClient(options, { HTTP_PROXY: `http://${proxyHost}` });
    assert.deepEqual(await proxied.get(`http://${apiHost}/works/1`, 'application/json'), { ok: true, status: 200, text: 'answer for /works/1' });
    assert.deepEqual(tunnels, [apiHost]);
    const bypassing = new HttpClient(options, { HTTP_PROXY: `http://${proxyHost}`, NO_PROXY: '127.0.0.1' });
    assert.deepEqual(await bypassing.get(`http://${apiHost}/works/2`, 'application/json'), { ok: true, status: 200, text: 'answer for /works/2' });
    assert.deepEqual(tunnels, [apiHost]);
  } finally {
    for (const server of [api, proxy]) {
      server.closeAllConnections();
      server.close();
    }
  }
});
