import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { LoadedSite } from '../load/load-site.js';
import { buildHonors, buildNews, buildTimeline } from './home-data.js';
import { buildPages } from './pages.js';
import { siteSettings } from './site-config.js';
import type { Site } from './types.js';

/** Data files Vita reads; any other name in data/ is probably a typo. */
export const KNOWN_DATA_FILES = ['news', 'experience', 'education', 'honors', 'publications', 'venues'];

export interface ModelOptions {
  /** Include pages with `draft: true` (dev server). */
  drafts: boolean;
}

/** Validates every loaded record and assembles the immutable Site; undefined when site.yml is unusable. */
export function buildSite(loaded: LoadedSite, bag: DiagnosticBag, options: ModelOptions): Site | undefined {
  const settings = loaded.siteYml ? siteSettings(loaded.siteYml, bag) : undefined;
  const pages = buildPages(loaded.pages, bag, options);
  const data = loaded.data;
  for (const [name, file] of data) {
    if (!KNOWN_DATA_FILES.includes(name)) {
      bag.warn('unknown-data-file', file.source.file, undefined, `Vita does not read data/${name}.yml.`, `Data files Vita reads: ${KNOWN_DATA_FILES.map((n) => `${n}.yml`).join(', ')}.`);
    }
  }
  const news = buildNews(data.get('news'), bag);
  const experience = buildTimeline(data.get('experience'), bag);
  const education = buildTimeline(data.get('education'), bag);
  const honors = buildHonors(data.get('honors'), bag);
  if (!settings) return undefined;
  return deepFreeze({
    ...settings,
    pages,
    news,
    experience,
    education,
    honors,
    publications: [],
    venues: [],
    staticFiles: loaded.staticFiles.map((path) => ({ path })),
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
