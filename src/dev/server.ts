import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { CLIENT_PATH, CLIENT_SCRIPT, injectClient } from './client-script.js';
import { EVENTS_PATH, EventChannel, type DevEvent } from './event-channel.js';
import { allowedHosts, isAllowedHost } from './host-check.js';
import { listenOnFreePort, serverUrl } from './listen.js';
import { sendText, serveStatic } from './static-files.js';

export interface DevServerOptions {
  /** The output folder to serve. */
  root: string;
  /** Interface to bind; 127.0.0.1 unless the user asks for another. */
  host: string;
  /** Port to try first; 0 for any free port. */
  port: number;
  /** The site's base path (`''` or like `/repo`); pages link under it, so it is stripped from requests. */
  basePath?: () => string;
  /** Events a newly connected tab receives first (the session id, the current error). */
  greeting: () => DevEvent[];
}

export interface DevServer {
  url: string;
  port: number;
  /** The port asked for, when it was taken and `port` is the next free one. */
  busyPort?: number;
  events: EventChannel;
  close(): Promise<void>;
}

function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 302;
  res.setHeader('location', location);
  res.end();
}

/** Starts the preview server: the output folder, the event stream and the client script, nothing else. */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const events = new EventChannel(options.greeting);
  const hosts = allowedHosts(options.host);
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!isAllowedHost(req.headers.host, hosts)) return sendText(res, 403, 'Forbidden: unknown Host header');
    const path = (req.url ?? '').split(/[?#]/, 1)[0];
    if (path === EVENTS_PATH && req.method === 'GET') return events.accept(req, res);
    if (path === CLIENT_PATH && req.method === 'GET') {
      res.setHeader('content-type', 'text/javascript; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      return void res.end(CLIENT_SCRIPT);
    }
    const base = options.basePath?.() ?? '';
    if (base !== '') {
      const url = req.url ?? '';
      if (url === base || url.startsWith(base + '/') || url.startsWith(base + '?')) req.url = '/' + url.slice(base.length).replace(/^\//, '');
      else if (path === '/') return redirect(res, base + '/');
      else return sendText(res, 404, `Not Found: this site lives under ${base}/`);
    }
    await serveStatic(req, res, { root: options.root, transformHtml: injectClient, urlPrefix: base });
  };

  const server = createServer({ maxHeaderSize: 16 * 1024 }, (req, res) => {
    handle(req, res).catch(() => {
      // A failure here is ours, not the visitor's; answer if we still can and keep serving.
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error');
      else res.destroy();
    });
  });
  // Malformed requests never reach the handler; answer them plainly instead of letting them throw.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (socket.writable && !socket.destroyed) {
      const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
      socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    } else {
      socket.destroy();
    }
  });

  const listening = await listenOnFreePort(server, options.host, options.port);
  return {
    url: serverUrl(options.host, listening.port),
    port: listening.port,
    ...(listening.busyPort !== undefined ? { busyPort: listening.busyPort } : {}),
    events,
    close: () =>
      new Promise<void>((resolve) => {
        events.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
