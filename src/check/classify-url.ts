/** What a URL found in a built page points at, from the point of view of `vita check`. */
export type UrlTarget =
  | { kind: 'internal'; /** Output URL path without the base path, e.g. `/publications/`. */ path: string; fragment?: string }
  | { kind: 'external'; url: string }
  /** mailto:, tel:, data: and the like: nothing to check. */
  | { kind: 'other' }
  /** A site-absolute path outside the base path the site is served under. */
  | { kind: 'outside-base'; path: string };

const BASE = 'http://vita.invalid';

/**
 * Classifies `href` as written on the page served at `pageUrl` (both without the base path for the page; `href`
 * as written). Relative URLs are resolved against the page; query strings are dropped; percent-escapes decoded.
 */
export function classifyUrl(href: string, pageUrl: string, basePath: string): UrlTarget {
  const trimmed = href.trim();
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(trimmed)) {
    return /^https?:/i.test(trimmed) ? { kind: 'external', url: trimmed } : { kind: 'other' };
  }
  if (trimmed.startsWith('//')) return { kind: 'external', url: 'https:' + trimmed };
  let resolved: URL;
  try {
    resolved = new URL(trimmed, BASE + basePath + pageUrl);
  } catch {
    return { kind: 'internal', path: trimmed };
  }
  let path = safeDecode(resolved.pathname);
  const fragment = resolved.hash ? safeDecode(resolved.hash.slice(1)) : undefined;
  if (basePath) {
    if (path !== basePath && !path.startsWith(basePath + '/')) return { kind: 'outside-base', path };
    path = path.slice(basePath.length) || '/';
  }
  return fragment === undefined ? { kind: 'internal', path } : { kind: 'internal', path, fragment };
}

// A malformed escape (`%zz`) is kept as written rather than failing the whole check.
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
