/**
 * How many entries each stock collection had on the old site, for `{{ site.posts | size }}`: Jekyll left out
 * entries with `published: false` and, unless `future: true`, those dated after the day of the build.
 */
import type { ByRole, FileRole } from './classify.js';

const ROLES: Record<string, FileRole> = {
  publications: 'publication', talks: 'talk', teaching: 'teaching', portfolio: 'portfolio', posts: 'post',
};

/** Entries per collection name; a collection with a date Jekyll would have read differently is left out. */
export function collectionSizes(byRole: ByRole, frontMatter: (rel: string) => Record<string, unknown>,
  future: boolean, today: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const [name, role] of Object.entries(ROLES)) {
    let count = 0;
    let certain = true;
    for (const rel of byRole(role)) {
      const fm = frontMatter(rel);
      if (fm.published === false) continue;
      const written = fm.date === undefined ? undefined : String(fm.date);
      const date = written ?? /(?:^|\/)(\d{4}-\d{2}-\d{2})-[^/]*$/.exec(rel)?.[1];
      if (written !== undefined && !/^\d{4}-\d{2}-\d{2}(?:[T ]|$)/.test(written)) certain = false;
      if (!future && date !== undefined && date.slice(0, 10) > today) continue;
      count++;
    }
    if (certain) sizes[name] = count;
  }
  return sizes;
}
