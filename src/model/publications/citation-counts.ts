import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { positionOf, type YamlFile } from '../../load/yaml.js';
import { didYouMean } from '../../validate/did-you-mean.js';
import { citationsFileSchema, type PaperCounts } from '../../validate/schemas/citation-counts.js';
import { validateYaml } from '../../validate/zod-diagnostics.js';
import type { Publication, SiteConfig } from '../types.js';

/**
 * Validates data/citations.yml and, when site.yml shows counts, sets each publication's `citedBy`: the owner's
 * `pin`, else the chosen source's count (the larger of the two for `max`); nothing when hidden, unknown or zero.
 */
export function withCitationCounts(publications: Publication[], file: YamlFile | undefined, settings: SiteConfig['citationCounts'],
  bag: DiagnosticBag): Publication[] {
  if (!file) return publications;
  const data = validateYaml(citationsFileSchema, file, bag);
  const papers = data?.papers ?? {};
  const keys = new Set(publications.map((p) => p.key));
  // Keys are checked even when a value is invalid, so that a typo is reported along with the other problems.
  const raw = (file.value as { papers?: unknown } | null)?.papers;
  const written = raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw) : [];
  for (const key of written.sort()) {
    if (keys.has(key)) continue;
    const guess = didYouMean(key, [...keys]);
    const hint = guess ? `Did you mean "${guess}"?`
      : 'Keys are the citation keys of publications.bib and data/publications.yml; `vita sync` writes them. Remove the entry or fix the key.';
    bag.warn('unknown-citation-key', file.source.file, positionOf(file, ['papers', key], 'key'),
      `data/citations.yml has counts for "${key}", which is not a publication of this site.`, hint);
  }
  if (!settings) return publications;
  return publications.map((p) => {
    const counts = papers[p.key];
    const n = counts ? shown(counts, settings.source) : undefined;
    return n ? { ...p, citedBy: n } : p;
  });
}

function shown(c: PaperCounts, source: 'openalex' | 'semantic_scholar' | 'max'): number | undefined {
  if (c.hide) return undefined;
  if (c.pin !== undefined) return c.pin;
  if (source === 'openalex') return c.openalex;
  if (source === 'semantic_scholar') return c.semantic_scholar;
  const known = [c.openalex, c.semantic_scholar].filter((n): n is number => n !== undefined);
  return known.length ? Math.max(...known) : undefined;
}
