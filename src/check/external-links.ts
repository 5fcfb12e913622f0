import type { CheckContext } from './context.js';
import type { BuiltPage } from './built-site.js';
import { classifyUrl } from './classify-url.js';

export interface ExternalOptions {
  /** How many requests run at once (default 8): polite to hosts and bounded in sockets. */
  concurrency?: number;
  /** Per-request timeout in milliseconds (default 10 000). */
  timeoutMs?: number;
}

// Hosts that refuse robots answer these even for live pages; they are reported as unverified, not broken.
const UNVERIFIABLE = new Set([401, 403, 429, 999]);

/** Requests every distinct external http(s) link once and reports those that fail (network error or 4xx/5xx). */
export async function checkExternalLinks(ctx: CheckContext, options: ExternalOptions = {}): Promise<void> {
  const firstUse = new Map<string, { page: BuiltPage; offset: number; href: string }>();
  for (const page of ctx.site.pages) {
    for (const tag of page.scan.tags) {
      const href = tag.name === 'a' || tag.name === 'area' ? tag.attrs.get('href') : undefined;
      if (!href) continue;
      const target = classifyUrl(href.value, page.url, ctx.basePath);
      if (target.kind !== 'external') continue;
      const url = target.url.replace(/#.*$/, '');
      if (!firstUse.has(url)) firstUse.set(url, { page, offset: href.offset, href: href.value });
    }
  }
  const urls = [...firstUse.keys()].sort();
  const results = new Map<string, Outcome>();
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      results.set(url, await probe(url, options.timeoutMs ?? 10_000));
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, urls.length) }, worker));
  // Reported in URL order, not completion order, so the output is the same on every run.
  for (const url of urls) {
    const outcome = results.get(url)!;
    if (outcome.ok) continue;
    const use = firstUse.get(url)!;
    const { file, position } = ctx.locate(use.page, use.offset, use.href);
    if (outcome.status !== undefined && UNVERIFIABLE.has(outcome.status)) {
      ctx.bag.warn('external-link-unverified', file, position, `External link ${url} answered ${outcome.status}; it could not be verified.`,
        'Sites such as LinkedIn and Google Scholar refuse automated requests; open the link in a browser to be sure.');
    } else {
      ctx.bag.error('broken-external-link', file, position, `External link ${url} is broken: ${outcome.reason}.`, 'Update or remove the link.');
    }
  }
}

type Outcome = { ok: true } | { ok: false; status?: number; reason: string };

// HEAD first (cheap); some servers do not implement it, so fall back to GET on 405/501/403.
async function probe(url: string, timeoutMs: number): Promise<Outcome> {
  let last: Outcome = { ok: false, reason: 'no answer' };
  for (const method of ['HEAD', 'GET']) {
    try {
      const response = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'vita-check (link checker)' } });
      await response.body?.cancel();
      if (response.ok) return { ok: true };
      last = { ok: false, status: response.status, reason: `HTTP ${response.status}` };
      if (method === 'HEAD' && ![403, 405, 501].includes(response.status)) return last;
    } catch (error) {
      const e = error as Error & { cause?: { code?: string; message?: string } };
      last = { ok: false, reason: e.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (e.cause?.code ?? e.cause?.message ?? e.message) };
      return last;
    }
  }
  return last;
}
