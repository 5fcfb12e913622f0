import type { IncomingMessage, ServerResponse } from 'node:http';

/** The URL path of the server-sent events stream the injected client listens to. */
export const EVENTS_PATH = '/__vita/events';

/** One message to the open tabs: `reload`, `css`, `error`, `clear` or `hello`. */
export interface DevEvent {
  event: string;
  data: string;
}

/**
 * Server-sent events to every open preview tab. SSE rather than a WebSocket: it is plain HTTP,
 * needs no dependency, and the browser reconnects by itself after a restart.
 */
export class EventChannel {
  private readonly clients = new Set<ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;

  /** `greeting` lists the events a newly connected tab needs first (e.g. the current error). */
  constructor(private readonly greeting: () => DevEvent[]) {
    // Comments keep idle connections from being cut by proxies and reveal dead sockets.
    this.heartbeat = setInterval(() => this.write(': ping\n\n'), 15_000);
    this.heartbeat.unref();
  }

  /** Number of connected tabs. */
  get size(): number {
    return this.clients.size;
  }

  /** Takes over a request to EVENTS_PATH and keeps it open as an event stream. */
  accept(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write('retry: 500\n\n');
    for (const e of this.greeting()) res.write(frame(e));
    this.clients.add(res);
    const drop = (): void => {
      this.clients.delete(res);
    };
    req.on('close', drop);
    res.on('error', drop);
  }

  /** Sends an event to every open tab. */
  send(e: DevEvent): void {
    this.write(frame(e));
  }

  /** Ends every stream so the HTTP server can close. */
  close(): void {
    clearInterval(this.heartbeat);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private write(text: string): void {
    for (const res of this.clients) if (!res.writableEnded) res.write(text);
  }
}

// Every line of the data gets its own `data:` field; the browser joins them back with newlines.
function frame(e: DevEvent): string {
  return `event: ${e.event}\n${e.data.split(/\r\n|\r|\n/).map((line) => `data: ${line}`).join('\n')}\n\n`;
}
