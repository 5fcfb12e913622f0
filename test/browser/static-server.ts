/** A static HTTP server on 127.0.0.1 for the browser tests and scripts, built on the dev server's file handler. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveStatic } from '../../src/dev/static-files.js';

export interface RunningServer {
  /** `http://127.0.0.1:PORT` without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` on a free port of 127.0.0.1 until `close()`. */
export async function serveFolder(root: string): Promise<RunningServer> {
  const server = createServer((req, res) => {
    serveStatic(req, res, { root }).catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
