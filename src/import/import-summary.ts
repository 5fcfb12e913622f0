/** The report's summary: what was imported, counted, and the files the import skipped or did not carry. */
import { collectionHasOutput } from './addresses.js';
import { skipGroup, type ByRole } from './classify.js';
import type { Report } from './report.js';

/** Adds each non-zero count to the report's summary. */
export function countAll(report: Report, counts: Record<string, number>): void {
  for (const [name, n] of Object.entries(counts)) if (n) report.count(name, n);
}

/** Lines for the static files copied, the theme's machinery skipped (by group) and the files not carried. */
export function reportSkipped(byRole: ByRole, statics: number, config: Record<string, unknown>, report: Report): void {
  if (statics) report.add('copied', `${statics} file(s) from files/, images/ and the like copied to static/`);
  const machinery = byRole('machinery');
  const groups = new Map<string, number>();
  for (const rel of machinery) groups.set(skipGroup(rel), (groups.get(skipGroup(rel)) ?? 0) + 1);
  for (const [group, n] of groups) report.add('skipped', `${group} (${n} file${n === 1 ? '' : 's'})`);
  if (machinery.length) report.count('skipped machinery files', machinery.length);
  for (const rel of byRole('other')) {
    // Entries of the site's own collections with pages were imported as pages.
    if (/^_([^/]+)\//.test(rel) && collectionHasOutput(config, rel.split('/')[0]!.slice(1))) continue;
    const why = 'not imported: not a part of an academicpages site Vita knows; copy it by hand if you need it';
    report.add('not-carried', why, rel);
  }
}
