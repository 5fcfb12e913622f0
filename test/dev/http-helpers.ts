// Test helpers: raw HTTP over a socket (so no client normalises the path) and an SSE reader.
import { connect } from 'node:net';
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends `target` exactly as written, with the given Host header, and reads the whole response. */
export function rawGet(port: number, target: string, host = `127.0.0.1:${port}`, extra = ''): Promise<RawResponse> {
  return rawSend(port, `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n${extra}\r\n`);
}

/** Writes raw bytes to the server and parses what comes back (status 0 when nothing does). */
export function rawSend(port: number, text: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(3000, () => socket.destroy(new Error('raw request timed out')));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(e)));
    socket.on('close', () => resolve(parse(Buffer.concat(chunks).toString('utf8'))));
    socket.write(text);
  });
}

function parse(text: string): RawResponse {
  const split = text.indexOf('\r\n\r\n');
  const head = split < 0 ? text : text.slice(0, split);
  const [statusLine, ...lines] = head.split('\r\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine ?? '')?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const c = line.indexOf(':');
    if (c > 0) headers[line.slice(0, c).toLowerCase()] = line.slice(c + 1).trim();
  }
  let body = split < 0 ? '' : text.slice(split + 4);
  if (headers['transfer-encoding'] === 'chunked') body = dechunk(body);
  return { status, headers, body };
}

function dechunk(body: string): string {
  let out = '';
  let rest = body;
  for (;;) {
    const eol = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, eol), 16);
    if (!size) return out;
    out += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 4 + size);
  }
}

/** One server-sent event as received. */
export interface ReceivedEvent {
  event: string;
  data: string;
}

/** An open event stream that queues events and lets a test wait for the next one of a kind. */
export class EventReader {
  private buffer = '';
  private readonly queue: ReceivedEvent[] = [];
  private waiter: (() => void) | undefined;
  private closeStream: () => void = () => {};

  static open(port: number, path = '/__vita/events'): Promise<EventReader> {
    const reader = new EventReader();
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, headers: { accept: 'text/event-stream' } }, (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => reader.push(chunk));
        res.on('error', () => {});
        resolve(reader);
      });
      req.on('error', reject);
      reader.closeStream = () => req.destroy();
      req.end();
    });
  }

  /** Resolves with the next event named `name` (skipping others), or rejects after `timeoutMs`. */
  async next(name: string, timeoutMs = 5000): Promise<ReceivedEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.queue.findIndex((e) => e.event === name);
      if (i >= 0) return this.queue.splice(i, 1)[0]!;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no "${name}" event within ${timeoutMs} ms; got ${JSON.stringify(this.queue.map((e) => e.event))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(t);
          resolve();
        };
      });
    }
  }

  /** Events received and not yet consumed, by name. */
  names(): string[] {
    return this.queue.map((e) => e.event);
  }

  /** Drops every queued event. */
  clear(): void {
    this.queue.length = 0;
  }

  close(): void {
    this.closeStream();
  }

  private push(chunk: string): void {
    this.buffer += chunk;
    let end;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      if (data.length) this.queue.push({ event, data: data.join('\n') });
    }
    this.waiter?.();
  }
}
