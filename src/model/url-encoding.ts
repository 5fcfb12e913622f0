/**
 * Site paths are kept decoded (`/files/My Paper.pdf`, `/teaching/café/`): they name output files. They are
 * percent-encoded (RFC 3986) exactly once, where they are written as a URL — an href, the sitemap, a feed, a
 * canonical link. An escape already written (`a%20b` in an owner's link or data) is kept, never encoded twice.
 */

// What a path may hold as it is: RFC 3986 `pchar` (unreserved, sub-delims, ":" and "@") and "/".
const PATH_SAFE = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/]*$/;
// A valid escape, a run of characters to encode, or a "%" that starts no escape.
const PATH_UNSAFE = /%[0-9A-Fa-f]{2}|[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]+|%/g;
// After the path: a query and a fragment may also hold "?" and "#" is where the fragment starts.
const REST_UNSAFE = /%[0-9A-Fa-f]{2}|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?#%]+|%/g;

/** Percent-encodes a site path (no query or fragment: `#` and `?` are part of the name) for use as a URL. */
export function encodeSitePath(path: string): string {
  return PATH_SAFE.test(path) ? path : path.replace(PATH_UNSAFE, escapeRun);
}

/**
 * Percent-encodes a site-relative URL written by the owner or taken from data (`/files/My Paper.pdf#page=2`):
 * the path as {@link encodeSitePath}, then the query and fragment, which keep their `?` and `#`.
 */
export function encodeSiteUrl(url: string): string {
  const cut = url.search(/[?#]/);
  if (cut < 0) return encodeSitePath(url);
  return encodeSitePath(url.slice(0, cut)) + url.slice(cut).replace(REST_UNSAFE, escapeRun);
}

function escapeRun(run: string): string {
  if (run === '%') return '%25';
  if (run.length === 3 && run[0] === '%') return run;
  try {
    return encodeURIComponent(run);
  } catch {
    // A lone surrogate (from a damaged file name) has no UTF-8 form: it is written as U+FFFD, as browsers do.
    return encodeURIComponent(run.replace(/[\ud800-\udfff]/g, (c, i: number) => wellFormedAt(run, c, i)));
  }
}

function wellFormedAt(run: string, c: string, i: number): string {
  const code = c.charCodeAt(0);
  const pairs = code < 0xdc00 ? /[\udc00-\udfff]/.test(run[i + 1] ?? '') : /[\ud800-\udbff]/.test(run[i - 1] ?? '');
  return pairs ? c : '\ufffd';
}
