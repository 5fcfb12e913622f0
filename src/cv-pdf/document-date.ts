import type { Site } from '../model/types.js';

/** A calendar date for the PDF's creation and modification dates. */
export interface CvDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The PDF's date, never the clock: `SOURCE_DATE_EPOCH` (seconds, UTC) when given, else the newest date in the
 * site's data (publications, talks, news, positions), so the same data always gives the same bytes.
 */
export function documentDate(site: Site, sourceDateEpoch: string | undefined): CvDate | undefined {
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch)) {
    const d = new Date(Number(sourceDateEpoch) * 1000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  const dates = [
    ...site.publications.map((p) => p.date ?? (p.year !== undefined ? String(p.year) : undefined)),
    ...(site.talks ?? []).map((t) => t.date),
    ...site.news.map((n) => n.date),
    ...[...site.experience, ...site.education].flatMap((e) => [e.start, e.end]),
    ...site.honors.flatMap((h) => h.years),
  ].filter((d): d is string => d !== undefined && /^\d{4}(-\d{2}){0,2}$/.test(d));
  if (dates.length === 0) return undefined;
  // ISO dates of any precision sort as text; "2025" < "2025-06", and a full date wins over its month.
  const newest = dates.reduce((a, b) => (b > a ? b : a));
  const [year, month = 1, day = 1] = newest.split('-').map(Number);
  return { year: year!, month: Math.min(Math.max(month, 1), 12), day: Math.min(Math.max(day, 1), 28) };
}

/** `{ sourceDateEpoch }` when the environment sets SOURCE_DATE_EPOCH (reproducible builds), else nothing. */
export function sourceDateFromEnv(env: NodeJS.ProcessEnv = process.env): { sourceDateEpoch?: string } {
  return env.SOURCE_DATE_EPOCH === undefined ? {} : { sourceDateEpoch: env.SOURCE_DATE_EPOCH };
}
