/**
 * Turns the path of a request URL into path segments under the output folder, refusing anything that
 * could reach outside it. Purely textual; symlinks are checked by the static handler with realpath.
 */
export type RequestPath =
  | { ok: true; segments: string[]; trailingSlash: boolean }
  | { ok: false; status: 400 | 403; reason: string };

/** Parses the raw request target (`/a/b/?q`) into safe, decoded segments, or says why it is refused. */
export function parseRequestPath(rawTarget: string): RequestPath {
  if (!rawTarget.startsWith('/')) return refuse(400, 'the request target is not a path');
  const end = firstIndexOf(rawTarget, '?#');
  const raw = rawTarget.slice(0, end);
  // Backslashes are separators on Windows and some clients rewrite them; never let them through.
  if (raw.includes('\\') || /%5c/i.test(raw)) return refuse(403, 'backslash in path');
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return refuse(400, 'malformed percent-encoding');
  }
  // A second layer of encoding (`%252e%252e%252f` → `%2e%2e%2f`) only appears in attacks or broken links;
  // refusing it means no later decoding step anywhere can turn it into a traversal.
  if (/%[0-9a-f]{2}/i.test(decoded)) return refuse(403, 'doubly encoded path');
  if (decoded.includes('\\')) return refuse(403, 'backslash in path');
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return refuse(400, 'control character in path');
  const parts = decoded.split('/').slice(1);
  const trailingSlash = parts.length > 0 && parts[parts.length - 1] === '';
  const segments: string[] = [];
  for (const part of parts) {
    if (part === '') continue;
    if (part === '.' || part === '..') return refuse(403, 'dot segment in path');
    segments.push(part);
  }
  return { ok: true, segments, trailingSlash: trailingSlash || segments.length === 0 };
}

function refuse(status: 400 | 403, reason: string): RequestPath {
  return { ok: false, status, reason };
}

function firstIndexOf(text: string, chars: string): number {
  for (let i = 0; i < text.length; i++) if (chars.includes(text[i]!)) return i;
  return text.length;
}
