import type { DevEvent } from './event-channel.js';
import type { SyncResult } from './output-sync.js';
import { encodeSitePath } from '../model/url-encoding.js';

/**
 * What the open tabs should do after the output changed: nothing, swap stylesheets in place (only CSS
 * changed), or reload. The data lists the changed URLs, for the curious and for tests.
 */
export function reloadEvent(sync: SyncResult, basePath: string): DevEvent | undefined {
  const all = [...sync.written, ...sync.removed];
  if (all.length === 0) return undefined;
  const urls = [...new Set(all.map((p) => basePath + encodeSitePath('/' + p.replace(/(^|\/)index\.html$/, '$1'))))].sort();
  const cssOnly = sync.removed.length === 0 && sync.written.every((p) => p.endsWith('.css'));
  return { event: cssOnly ? 'css' : 'reload', data: JSON.stringify(urls) };
}
