import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One canned answer: a fixture file under test/fixtures/apis/ or a literal body, after an optional delay. */
export interface CannedResponse {
  status?: number;
  headers?: Record<string, string>;
  file?: string;
  body?: string;
  delayMs?: number;
}

export interface ApiServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Every request received, as decoded path and query, with its headers. */
  requests: { url: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

const FIXTURES = fileURLToPath(new URL('../fixtures/apis/', import.meta.url));

/**
 * A local HTTP server for the API clients' tests. Routes are matched on the decoded path with its query, then on
 * the path alone; a list of answers is served in turn (the last one repeats). Unknown paths answer 404.
 */
export async function serveApis(routes: Record<string, CannedResponse | CannedResponse[]>): Promise<ApiServer> {
  const served = new Map<string, number>();
  const requests: ApiServer['requests'] = [];
  const server = createServer((req, res) => {
    const url = decodeURIComponent(req.url ?? '/');
    requests.push({ url, headers: req.headers });
    const key = url in routes ? url : url.split('?')[0]!;
    const route = routes[key];
    const list = route === undefined ? [{ status: 404, body: 'Resource not found.' }] : Array.isArray(route) ? route : [route];
    const n = served.get(key) ?? 0;
    served.set(key, n + 1);
    const answer = list[Math.min(n, list.length - 1)]!;
    const send = () => {
      if (res.destroyed) return;
      const body = answer.file ? readFileSync(join(FIXTURES, answer.file)) : answer.body ?? '';
      res.writeHead(answer.status ?? 200, answer.headers ?? {});
      res.end(body);
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs).unref();
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** Points every VITA_*_URL at `base` + a per-service prefix (`/crossref`, `/arxiv` …) and returns a function that restores them. */
export function pointApisAt(base: string): () => void {
  const names: Record<string, string> = {
    VITA_CROSSREF_URL: '/crossref', VITA_DATACITE_URL: '/datacite', VITA_DOI_URL: '/doi', VITA_ARXIV_URL: '/arxiv',
    VITA_DBLP_URL: '/dblp', VITA_ORCID_URL: '/orcid', VITA_OPENALEX_URL: '/openalex', VITA_SEMANTIC_SCHOLAR_URL: '/s2',
  };
  const saved = Object.fromEntries(Object.keys(names).map((n) => [n, process.env[n]]));
  for (const [name, prefix] of Object.entries(names)) process.env[name] = base + prefix;
  return () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}
