import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { UrlClaim } from './url-collisions.js';

// File systems allow 255 bytes per name; Vita adds extensions (`.html`, `.bib`, `.json`) to some, so keep room.
const MAX_SEGMENT_BYTES = 200;

// Sitemaps take URLs of under 2,048 characters, and a whole path must fit the file system's limit (4,096 bytes
// on Linux, 1,024 on macOS) with the output folder in front of it: a short segment repeated must not reach ENAMETOOLONG.
const MAX_PATH_BYTES = 800;

/** Reports every URL too long to be a file name or a path, at its source, before anything is written. */
export function checkNameLengths(claims: readonly UrlClaim[], bag: DiagnosticBag): void {
  for (const claim of claims) {
    // A UTF-16 unit is at most 3 bytes of UTF-8: a URL this short is within both limits, nothing to measure.
    if (claim.url.length * 3 <= MAX_SEGMENT_BYTES) continue;
    const long = claim.url.split('/').find((segment) => Buffer.byteLength(segment) > MAX_SEGMENT_BYTES);
    const bytes = Buffer.byteLength(claim.url);
    if (long === undefined && bytes <= MAX_PATH_BYTES) continue;
    const hasText = claim.what !== 'static file' && !claim.source.file.startsWith('(');
    const at = hasText ? { line: claim.source.line, col: claim.source.col } : undefined;
    if (long !== undefined) {
      bag.error('name-too-long', claim.source.file, at,
        `The ${claim.what} URL has a part of ${Buffer.byteLength(long)} bytes (${long.slice(0, 24)}…); file systems allow 255 bytes per name.`,
        `Shorten it to at most ${MAX_SEGMENT_BYTES} bytes (a permalink, a file name, or a BibTeX key).`);
    } else {
      bag.error('name-too-long', claim.source.file, at,
        `The ${claim.what} URL is ${bytes} bytes long (${claim.url.slice(0, 24)}…); a file path that long does not fit every file system.`,
        `Shorten it to at most ${MAX_PATH_BYTES} bytes (fewer or shorter folders in the permalink or file path).`);
    }
  }
}
