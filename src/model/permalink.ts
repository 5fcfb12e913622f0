import { posix } from 'node:path';

/** Result of turning a permalink or page path into a site URL. */
export type UrlResult = { ok: true; url: string } | { ok: false; reason: string; hint: string };

/**
 * Checks and normalises a permalink: it must stay inside the site (no `..`, encoded separators,
 * backslashes, control characters or scheme) and gets a trailing slash unless it names a file.
 */
export function normalisePermalink(raw: string): UrlResult {
  const written = raw.trim();
  if (/%(2e|2f|5c|00)/i.test(written) || /%25/i.test(written)) return bad('contains encoded dots or slashes');
  // Site paths are kept decoded, as they name the output file (`/caf%C3%A9/` is the folder café/); they are encoded
  // again, once, wherever they are written as a URL (url-encoding.ts). Every check below sees the decoded path.
  const value = decodeEscapes(written);
  if (/[\u0000-\u001f\u007f]/.test(value)) return bad('contains control characters');
  if (value.includes('\\')) return bad('contains a backslash');
  // Markup characters a URL cannot hold: a browser would encode them, so links, the sitemap and feeds would not
  // carry the address written. (Spaces stay allowed: Jekyll sites publish file names with spaces, served as %20.)
  if (/[<>"{}|^`]/.test(value)) return bad('contains a character a URL cannot hold (< > " { } | ^ `)');
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) return bad('is an absolute URL, not a path on this site');
  const withSlash = value.startsWith('/') ? value : '/' + value;
  const segments = withSlash.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return bad('contains "." or ".." segments');
  if (/[?#]/.test(withSlash)) return bad('contains a query or fragment');
  const collapsed = withSlash.replace(/\/{2,}/g, '/');
  const last = collapsed.split('/').pop() ?? '';
  const url = last === '' || /\.[a-z0-9]+$/i.test(last) ? collapsed : collapsed + '/';
  return { ok: true, url };
}

// Decodes each run of valid UTF-8 escapes; a `%` that starts none stays a percent sign.
function decodeEscapes(text: string): string {
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

function bad(reason: string): UrlResult {
  return { ok: false, reason, hint: 'A permalink is a path inside the site, such as /publications/ or /about.html.' };
}

/** Default URL of a page file: pages/index.md → /, pages/a/b.md → /a/b/, pages/a/index.md → /a/. */
export function urlFromPagePath(relative: string): string {
  const inner = relative.replace(/^pages\//, '').replace(/\.(md|markdown)$/i, '');
  const withoutIndex = inner === 'index' ? '' : inner.replace(/\/index$/, '');
  return withoutIndex === '' ? '/' : `/${withoutIndex}/`;
}

/** Output file for a URL: folders get index.html; `/feed.xml` stays a file. */
export function outputPathForUrl(url: string): string {
  const path = url.replace(/^\//, '');
  return path === '' || path.endsWith('/') ? path + 'index.html' : path;
}

/**
 * The key two URLs collide on when served from a case-insensitive, normalising file system. Dot segments
 * are resolved as the file system would, so `/publications/../` collides with `/`.
 */
export function collisionKey(url: string): string {
  return posix.normalize(outputPathForUrl(url)).normalize('NFC').toLowerCase();
}
