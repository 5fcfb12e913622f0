import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import type { YamlFile } from '../../load/yaml.js';
import { venuesSchema } from '../../validate/schemas/venue.js';
import { validateYaml } from '../../validate/zod-diagnostics.js';
import type { Venue } from '../types.js';

/** data/venues.yml → venues, sorted by key. */
export function buildVenues(file: YamlFile | undefined, bag: DiagnosticBag): Venue[] {
  if (!file) return [];
  const record = validateYaml(venuesSchema, file, bag) ?? {};
  return Object.keys(record).sort().map((key) => {
    const v = record[key]!;
    return { key, ...(v.name ? { name: v.name } : {}), aliases: v.aliases ?? [], tiers: v.tier ?? [], ...(v.url ? { url: v.url } : {}) };
  });
}

/** Finds venues by key, name or alias, ignoring case, spacing, a trailing year and a leading "Proceedings of the". */
export class VenueIndex {
  private readonly map = new Map<string, Venue>();

  constructor(venues: readonly Venue[]) {
    // Names and aliases first, keys last, so a key wins when a spelling is both.
    for (const v of venues) for (const s of [v.name, ...v.aliases]) if (s) this.map.set(normalize(s), v);
    for (const v of venues) this.map.set(normalize(v.key), v);
  }

  /** The venue a written name refers to, if any. */
  find(text: string | undefined): Venue | undefined {
    if (!text) return undefined;
    const n = normalize(text);
    const bare = n.replace(/^(proceedings of (the )?|in )/, '').replace(/\s*'?\d{2,4}$/, '').replace(/^(\d{4}|\d+(st|nd|rd|th)) /, '').trim();
    return this.map.get(n) ?? this.map.get(bare);
  }
}

function normalize(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
}
