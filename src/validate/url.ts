/** Why a URL from data was refused, or undefined when it is acceptable. */
export function checkUrl(url: string): string | undefined {
  // Browsers drop ASCII whitespace and control characters inside a scheme (`java\tscript:`), so any is suspect.
  if (/[\u0000-\u001f\u007f]/.test(url)) return 'contains control characters';
  const trimmed = url.trim();
  if (trimmed === '') return 'is empty';
  if (trimmed.startsWith('//')) return 'is protocol-relative; write it with https://';
  // Browsers read a backslash as a slash in web addresses: `/\host` and `/\/host` lead to another host, like `//host`.
  if (/^\/\\/.test(trimmed)) return 'starts with /\\, which browsers read as // (a link to another host); write it with https://';
  if (trimmed.startsWith('\\')) return 'starts with a backslash';
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined; // site-relative or relative path
  if (scheme === 'http' || scheme === 'https') {
    return /^https?:\/\/[^/?#\s]+/i.test(trimmed) ? undefined : 'has no host name';
  }
  if (scheme === 'mailto') return undefined;
  return `uses the "${scheme}:" scheme`;
}

/** The hint printed with every refused URL. */
export const URL_HINT = 'Links in data may be http:, https:, mailto: or site-relative paths such as /files/cv.pdf.';
