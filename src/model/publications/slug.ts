const cache = new Map<string, string>();

/** The path segment of a publication's page: the key with anything but letters, digits, `_`, `.` and `-` as `-`. */
export function publicationSlug(key: string): string {
  let slug = cache.get(key);
  if (slug === undefined) cache.set(key, (slug = key.replace(/[^A-Za-z0-9_.-]/g, '-')));
  return slug;
}
