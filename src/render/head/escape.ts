const NEEDS_ESCAPE = /[&"<>]/;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** Escapes text for an HTML attribute value in double quotes (and for text content). */
export function escapeAttr(value: string): string {
  // Most values (titles, URLs) need nothing; testing first avoids building a copy of every one.
  return NEEDS_ESCAPE.test(value) ? value.replace(/[&"<>]/g, (c) => ESCAPES[c]!) : value;
}
