/** The path segment of a publication's page: the key with anything but letters, digits, `_`, `.` and `-` as `-`. */
export function publicationSlug(key: string): string {
  return key.replace(/[^A-Za-z0-9_.-]/g, '-');
}
