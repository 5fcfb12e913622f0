import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { collisionKey } from './permalink.js';
import type { SourceRef } from './types.js';

/** One claim on an output URL: a page, a redirect, a static file, a generated file. */
export interface UrlClaim {
  url: string;
  what: string;
  source: SourceRef;
}

/**
 * Reports every URL claimed twice, including claims that differ only by letter case or Unicode
 * normalisation (they collide on macOS and Windows file systems and on GitHub Pages checkouts).
 */
export function checkUrlCollisions(claims: readonly UrlClaim[], bag: DiagnosticBag): void {
  const byKey = new Map<string, UrlClaim[]>();
  for (const claim of claims) {
    const key = collisionKey(claim.url);
    const list = byKey.get(key);
    if (list) list.push(claim);
    else byKey.set(key, [claim]);
  }
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    // The user's own files first: the error should point at something they can change.
    const generated = (c: UrlClaim) => (c.source.file.startsWith('(') ? 1 : 0);
    const sorted = [...list].sort((a, b) => generated(a) - generated(b) || (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : a.source.line - b.source.line));
    const first = sorted[0]!;
    const lines = sorted.map((c) => `  ${hasText(c) ? `${c.source.file}:${c.source.line}:${c.source.col}` : c.source.file} (${c.what} ${c.url})`).join('\n');
    bag.error('url-conflict', first.source.file, hasText(first) ? { line: first.source.line, col: first.source.col } : undefined,
      `${sorted.length} sources want the URL ${first.url}:\n${lines}`, hintFor(sorted));
  }
}

function hintFor(claims: readonly UrlClaim[]): string {
  if (!claims.some((c) => c.source.file === '(vita)')) {
    return 'Give each page its own permalink; URLs that differ only in letter case or accents count as the same.';
  }
  return claims[0]!.what === 'static file'
    ? 'Rename or remove the static file: Vita makes this file itself.'
    : 'Give the page another permalink: Vita makes this file itself.';
}

// Static files (images, PDFs) and Vita's own files have no line to show: a code frame of a PDF would print its bytes.
function hasText(claim: UrlClaim): boolean {
  return claim.what !== 'static file' && !claim.source.file.startsWith('(');
}
