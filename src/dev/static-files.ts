import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import { contentType } from './content-types.js';
import { parseRequestPath } from './request-path.js';

export interface StaticOptions {
  /** The output folder; the only place files are served from. */
  root: string;
  /** Rewrites every HTML response (dev injects its client script here). */
  transformHtml?: (html: string) => string;
  /** Prefix the site is served under (`/repo`), for the Location of folder redirects. */
  urlPrefix?: string;
}

/** Serves one request from the output folder: traversal and symlinks leading out are refused. */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, options: StaticOptions): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendText(res, 405, 'Method Not Allowed');
  }
  const parsed = parseRequestPath(req.url ?? '');
  if (!parsed.ok) return sendText(res, parsed.status, parsed.status === 403 ? 'Forbidden' : 'Bad Request');
  const root = await realpathOrUndefined(options.root);
  if (root === undefined) return sendWaiting(req, res, options);

  const target = await resolveInside(root, join(root, ...parsed.segments));
  if (target === 'outside') return sendText(res, 403, 'Forbidden');
  if (target !== undefined) {
    const info = await stat(target);
    if (info.isDirectory()) {
      if (!parsed.trailingSlash) return redirectToFolder(req, res, options.urlPrefix ?? '', parsed.segments);
      const index = await resolveInside(root, join(target, 'index.html'));
      if (index === 'outside') return sendText(res, 403, 'Forbidden');
      if (index !== undefined) return sendFile(req, res, index, 200, options);
    } else if (info.isFile() && !parsed.trailingSlash) {
      return sendFile(req, res, target, 200, options);
    }
  }
  const notFound = await resolveInside(root, join(root, '404.html'));
  if (notFound !== undefined && notFound !== 'outside') return sendFile(req, res, notFound, 404, options);
  return sendText(res, 404, 'Not Found');
}

// The real path of `path` if it exists inside `root`; symlinks are followed first so that a link
// pointing out of the output folder is caught however it is spelled.
async function resolveInside(root: string, path: string): Promise<string | 'outside' | undefined> {
  const real = await realpathOrUndefined(path);
  if (real === undefined) return undefined;
  return real === root || real.startsWith(root + sep) ? real : 'outside';
}

async function realpathOrUndefined(path: string): Promise<string | undefined> {
  try {
    return await realpath(path);
  } catch {
    return undefined;
  }
}

async function sendFile(req: IncomingMessage, res: ServerResponse, path: string, status: number, options: StaticOptions): Promise<void> {
  const type = contentType(path);
  res.statusCode = status;
  res.setHeader('content-type', type);
  // A preview must never show a stale page after a rebuild.
  res.setHeader('cache-control', 'no-store');
  if (type.startsWith('text/html')) {
    let html = await readFile(path, 'utf8');
    if (options.transformHtml) html = options.transformHtml(html);
    const body = Buffer.from(html, 'utf8');
    res.setHeader('content-length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  const info = await stat(path);
  res.setHeader('content-length', info.size);
  if (req.method === 'HEAD') return void res.end();
  await new Promise<void>((resolve) => {
    const stream = createReadStream(path);
    stream.on('error', () => {
      res.destroy();
      resolve();
    });
    stream.on('end', resolve);
    stream.pipe(res);
  });
}

// Rebuilt from the checked segments so the Location can never be protocol-relative (`//host/`).
function redirectToFolder(req: IncomingMessage, res: ServerResponse, prefix: string, segments: string[]): void {
  const url = req.url ?? '/';
  const q = url.search(/[?#]/);
  const query = q < 0 ? '' : url.slice(q);
  res.statusCode = 301;
  res.setHeader('location', prefix + '/' + segments.map(encodeURIComponent).join('/') + '/' + query);
  res.setHeader('cache-control', 'no-store');
  res.end();
}

// Before the first good build there is no folder yet: a page that the dev script reloads once there is.
function sendWaiting(req: IncomingMessage, res: ServerResponse, options: StaticOptions): void {
  const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Waiting for the site</title></head>' +
    '<body><p>The site has not been built yet: fix the errors shown in the terminal, and this page reloads by itself.</p></body></html>';
  const body = Buffer.from(options.transformHtml ? options.transformHtml(html) : html, 'utf8');
  res.statusCode = 503;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.setHeader('content-length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Ends a response with a short plain-text body. */
export function sendText(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(text + '\n');
}
