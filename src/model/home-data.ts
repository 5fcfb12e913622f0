import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { positionOf, type YamlFile } from '../load/yaml.js';
import { honorsSchema, newsSchema, timelineSchema } from '../validate/schemas/home-data.js';
import { validateYaml } from '../validate/zod-diagnostics.js';
import type { Honor, NewsItem, SourceRef, TimelineEntry } from './types.js';
import { fallbackLanguages, localize, type LanguageChoice, type Localized } from '../i18n/translated.js';
import type { z } from 'zod';
import { checkTranslations } from './translation-check.js';

type Fallbacks = { fallbackLanguages?: Readonly<Record<string, string>> };

// Validates a data file and picks its translated values in the chosen language; `fallbacks[i]` says which of
// record i's fields fell back to another language.
function records<S extends z.ZodType>(schema: S, file: YamlFile, bag: DiagnosticBag, choice: LanguageChoice):
  { list: Localized<z.output<S>>; fallbacks: Fallbacks[] } | undefined {
  const valid = validateYaml(schema, file, bag);
  if (valid === undefined) return undefined;
  if (choice.check) checkTranslations(file, valid, choice.check, bag);
  const fallbacks = (valid as readonly unknown[]).map((record): Fallbacks => {
    const languages = fallbackLanguages(record, choice);
    return Object.keys(languages).length > 0 ? { fallbackLanguages: languages } : {};
  });
  return { list: localize(valid, choice), fallbacks };
}

function sourceOf(file: YamlFile, index: number): SourceRef {
  const p = positionOf(file, [index]);
  return { file: file.source.file, line: p.line, col: p.col };
}

/** data/news.yml → news items, newest first (ties keep file order). */
export function buildNews(file: YamlFile | undefined, bag: DiagnosticBag, choice: LanguageChoice): NewsItem[] {
  if (!file) return [];
  const found = records(newsSchema, file, bag, choice);
  const items = (found?.list ?? []).map((r, i) => ({ date: r.date, text: r.text, ...found!.fallbacks[i], source: sourceOf(file, i) }));
  return stableSortDesc(items, (n) => n.date);
}

/** data/experience.yml or data/education.yml → entries, most recent first. */
export function buildTimeline(file: YamlFile | undefined, bag: DiagnosticBag, choice: LanguageChoice): TimelineEntry[] {
  if (!file) return [];
  const found = records(timelineSchema, file, bag, choice);
  const entries = (found?.list ?? []).map((r, i): TimelineEntry => {
    const current = r.end === 'present';
    return {
      organization: r.organization,
      ...(r.unit ? { unit: r.unit } : {}),
      ...(r.url ? { url: r.url } : {}),
      role: r.role,
      ...(r.start ? { start: r.start } : {}),
      ...(r.end && r.end !== 'present' ? { end: r.end } : {}),
      current,
      ...(r.location ? { location: r.location } : {}),
      ...(r.logo ? { logo: r.logo } : {}),
      ...(r.description ? { description: r.description } : {}),
      ...found!.fallbacks[i],
      source: sourceOf(file, i),
    };
  });
  // Current positions first, then by end (or start) date, newest first.
  return stableSortDesc(entries, (e) => (e.current ? '9999' : e.end ?? e.start ?? '0000'));
}

/** data/honors.yml → honours in file order (owners order them by importance, not date). */
export function buildHonors(file: YamlFile | undefined, bag: DiagnosticBag, choice: LanguageChoice): Honor[] {
  if (!file) return [];
  const found = records(honorsSchema, file, bag, choice);
  return (found?.list ?? []).map((r, i) => {
    if (r.year !== undefined && r.years !== undefined) {
      bag.error('conflicting-keys', file.source.file, positionOf(file, [i, 'year'], 'key'), 'Use either "year" or "years", not both.', 'Write years: [2021, 2022] for several years.');
    }
    const years = (r.years ?? (r.year !== undefined ? [r.year] : [])).map(String);
    return {
      title: r.title,
      ...(r.by ? { by: r.by } : {}),
      years,
      ...(r.note ? { note: r.note } : {}),
      ...(r.url ? { url: r.url } : {}),
      ...found!.fallbacks[i],
      source: sourceOf(file, i),
    };
  });
}

function stableSortDesc<T>(items: T[], key: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, k: key(item) }))
    .sort((a, b) => (a.k < b.k ? 1 : a.k > b.k ? -1 : a.index - b.index))
    .map((x) => x.item);
}
