/** Lists files that pages and data point to (`/files/cv.pdf`, logos) but the old site did not have. */
import { fencedRanges } from './edits.js';
import type { Report } from './report.js';

export interface Referrer {
  /** The old site's file the reference came from, for the report. */
  source: string;
  /** The page's URL path (`/`, `/cv/`), against which relative references resolve. */
  url: string;
  /** Markdown/HTML text, or undefined for data. */
  text?: string;
  /** Data records whose URL-like fields are checked. */
  data?: unknown;
}

const FILE = /\.[a-z0-9]{1,5}$/i;

/** Adds a report line for every referenced site file that will not exist under static/. */
export function reportMissingFiles(referrers: readonly Referrer[], staticPaths: ReadonlySet<string>, report: Report): void {
  for (const r of referrers) {
    const refs = new Set<string>();
    if (r.text !== undefined) for (const ref of textRefs(r.text)) refs.add(resolvePath(ref, r.url));
    if (r.data !== undefined) dataRefs(r.data, refs);
    for (const path of [...refs].sort()) {
      if (!path.startsWith('/') || !FILE.test(path) || /\.html?$/.test(path) || staticPaths.has(path)) continue;
      report.add('missing', `${path} is referenced but the old site has no such file; add it under static${path} or the build will report a broken link`, r.source);
    }
  }
}

function textRefs(text: string): string[] {
  let visible = text.replace(/<!--[\s\S]*?-->/g, '');
  for (const [s, e] of fencedRanges(visible).reverse()) visible = visible.slice(0, s) + visible.slice(e);
  const out: string[] = [];
  for (const m of visible.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1]!);
  for (const m of visible.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/g)) out.push(m[1]!);
  return out.filter((ref) => !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref));
}

function dataRefs(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    if (value.startsWith('/') && !value.startsWith('//')) out.add(value.replace(/[?#].*$/, ''));
  } else if (Array.isArray(value)) value.forEach((v) => dataRefs(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => dataRefs(v, out));
}

function resolvePath(ref: string, pageUrl: string): string {
  try {
    return decodeURIComponent(new URL(ref, `https://site.invalid${pageUrl}`).pathname);
  } catch {
    return ref;
  }
}
