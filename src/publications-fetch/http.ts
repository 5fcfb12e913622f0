import { proxyFor } from './proxy.js';

/** Why a request gave no usable answer, in words a user can act on. */
export interface FetchProblem {
  kind: 'not-found' | 'rate-limited' | 'http' | 'timeout' | 'network' | 'malformed';
  message: string;
}

export type HttpResult = { ok: true; status: number; text: string } | { ok: false; problem: FetchProblem };

export interface HttpOptions {
  /** Sent with every request; the open APIs ask for a contact address in it. */
  userAgent: string;
  /** Per attempt, headers and body included. */
  timeoutMs: number;
  /** Attempts after the first one, on 429, 5xx and network errors. */
  retries: number;
  /** Longest Retry-After honoured; a server asking for more is reported instead of waited for. */
  maxRetryAfterMs: number;
  /** First backoff when the server does not say how long to wait; doubled on every retry. */
  backoffMs: number;
  /** Least time between two requests to a host, for services that ask for it (arXiv: one request every 3 s). */
  hostIntervalsMs: Record<string, number>;
}

export const DEFAULT_HTTP_OPTIONS: Omit<HttpOptions, 'userAgent'> = {
  timeoutMs: 20_000,
  retries: 3,
  maxRetryAfterMs: 60_000,
  backoffMs: 1_000,
  hostIntervalsMs: { 'export.arxiv.org': 3_000 },
};

type FetchFunction = (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<Response>;

/** GET requests with a timeout per attempt, retries with backoff on 429/5xx (honouring Retry-After), and HTTPS_PROXY. */
export class HttpClient {
  private fetcher: Promise<FetchFunction> | undefined;
  // Per host with a requested interval: when its next request may start.
  private readonly nextSlot = new Map<string, number>();

  constructor(private readonly options: HttpOptions, private readonly env: NodeJS.ProcessEnv = process.env) {}

  /** Fetches `url` as text; 404 and 410 are `not-found`, other failures are described. */
  async get(url: string, accept: string, headers: Record<string, string> = {}): Promise<HttpResult> {
    const fetchFn = await (this.fetcher ??= chooseFetch(this.env));
    const host = new URL(url).host;
    for (let attempt = 0; ; attempt++) {
      await this.waitForSlot(host);
      const last = attempt >= this.options.retries;
      let response: Response;
      let text: string;
      try {
        const signal = AbortSignal.timeout(this.options.timeoutMs);
        response = await fetchFn(url, { headers: { ...headers, accept, 'user-agent': this.options.userAgent }, signal });
        text = await response.text();
      } catch (error) {
        if (isTimeout(error)) return fail('timeout', `${host} did not answer within ${this.options.timeoutMs / 1000} s`);
        if (last) return fail('network', `could not reach ${host} (${causeOf(error)})`);
        await sleep(this.backoff(attempt));
        continue;
      }
      if (response.ok) return { ok: true, status: response.status, text };
      if (response.status === 404 || response.status === 410) return fail('not-found', `${host} answered ${response.status} (not found)`);
      const retryable = response.status === 429 || response.status >= 500;
      if (!retryable) return fail('http', `${host} answered HTTP ${response.status}${snippet(text)}`);
      const asked = retryAfterMs(response.headers.get('retry-after'));
      if (asked !== undefined && asked > this.options.maxRetryAfterMs) {
        return fail('rate-limited', `${host} answered ${response.status} and asks to wait ${Math.ceil(asked / 1000)} s; try again later`);
      }
      if (last) {
        const what = response.status === 429 ? 'kept answering 429 (too many requests)' : `kept answering HTTP ${response.status}`;
        return fail(response.status === 429 ? 'rate-limited' : 'http', `${host} ${what} after ${attempt + 1} attempts; try again later`);
      }
      await sleep(asked ?? this.backoff(attempt));
    }
  }

  private async waitForSlot(host: string): Promise<void> {
    const interval = this.options.hostIntervalsMs[host];
    if (!interval) return;
    const now = Date.now();
    const start = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, start + interval);
    if (start > now) await sleep(start - now);
  }

  private backoff(attempt: number): number {
    return this.options.backoffMs * 2 ** attempt;
  }
}

function fail(kind: FetchProblem['kind'], message: string): HttpResult {
  return { ok: false, problem: { kind, message } };
}

/** Retry-After as milliseconds: either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

// Node 20's fetch ignores HTTPS_PROXY; through a proxy, requests go with undici's ProxyAgent (loaded only then).
async function chooseFetch(env: NodeJS.ProcessEnv): Promise<FetchFunction> {
  const direct: FetchFunction = (url, init) => fetch(url, init);
  if (!['https_proxy', 'http_proxy'].some((name) => env[name] || env[name.toUpperCase()])) return direct;
  const undici = await import('undici');
  const agents = new Map<string, InstanceType<typeof undici.ProxyAgent>>();
  return async (url, init) => {
    const proxy = proxyFor(url, env);
    if (!proxy) return direct(url, init);
    let dispatcher = agents.get(proxy);
    if (!dispatcher) agents.set(proxy, (dispatcher = new undici.ProxyAgent(proxy)));
    return (await undici.fetch(url, { ...init, dispatcher })) as unknown as Response;
  };
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

function snippet(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim().slice(0, 120);
  return line ? `: ${line}` : '';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
