const NON_ASCII = /[^\x00-\x7f]/;

/** Heading id from heading text: lower-case letters and digits of any script, joined by hyphens. */
export function slugify(text: string): string {
  // ASCII text is already NFKC, and its letters, digits and marks are [a-z0-9] once lower-cased: the same
  // slug without the Unicode normalisation and property classes (most headings, every page).
  const slug = NON_ASCII.test(text)
    ? text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}\p{M}]+/gu, '-').replace(/^-+|-+$/g, '')
    : text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'section';
}
