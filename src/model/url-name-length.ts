import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { UrlClaim } from './url-collisions.js';

// File systems allow 255 bytes per name; Vita adds extensions (`.html`, `.bib`, `.json`) to some, so keep room.
const MAX_SEGMENT_BYTES = 200;

/** Reports every URL with a segment too long to be a file name, at its source, before anything is written. */
export function checkNameLengths(claims: readonly UrlClaim[], bag: DiagnosticBag): void {
  for (const claim of claims) {
    // A UTF-16 unit is at most 3 bytes of UTF-8: a URL this short has no segment to measure.
    if (claim.url.length * 3 <= MAX_SEGMENT_BYTES) continue;
    const long = claim.url.split('/').find((segment) => Buffer.byteLength(segment) > MAX_SEGMENT_BYTES);
    if (long === undefined) continue;
    const hasText = claim.what !== 'static file' && !claim.source.file.startsWith('(');
    bag.error('name-too-long', claim.source.file, hasText ? { line: claim.source.line, col: claim.source.col } : undefined,
      `The ${claim.what} URL has a part of ${Buffer.byteLength(long)} bytes (${long.slice(0, 24)}…); file systems allow 255 bytes per name.`,
      `Shorten it to at most ${MAX_SEGMENT_BYTES} bytes (a permalink, a file name, or a BibTeX key).`);
  }
}
