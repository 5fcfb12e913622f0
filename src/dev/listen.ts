import type { Server } from 'node:http';

/** Where a server ended up listening, and whether that is the port that was asked for. */
export interface Listening {
  port: number;
  /** The first port tried, when it was taken and a later one was used. */
  busyPort?: number;
}

/**
 * Listens on `port`, or on the next free port when it is taken (up to `attempts` ports).
 * Port 0 asks the OS for any free port.
 */
export async function listenOnFreePort(server: Server, host: string, port: number, attempts = 20): Promise<Listening> {
  for (let i = 0; ; i++) {
    const candidate = port === 0 ? 0 : port + i;
    try {
      await listenOnce(server, host, candidate);
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : candidate;
      return i === 0 ? { port: actual } : { port: actual, busyPort: port };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' || port === 0 || i + 1 >= attempts || candidate >= 65535) throw error;
    }
  }
}

function listenOnce(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/** The URL to print and open for a server bound to `host` (`0.0.0.0` is shown as 127.0.0.1). */
export function serverUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`;
}
