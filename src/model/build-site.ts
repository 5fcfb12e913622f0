import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Feature } from '../features/feature.js';
import type { LoadedSite } from '../load/load-site.js';
import { buildHonors, buildNews, buildTimeline } from './home-data.js';
import { didYouMean } from '../validate/did-you-mean.js';
import { buildPages } from './pages.js';
import { pageLanguages } from './page-languages.js';
import { withEditions } from './editions.js';
import { siteSettings } from './site-config.js';
import type { Site } from './types.js';

/** Data files the core reads; features add their own. */
const CORE_DATA_FILES = ['news', 'experience', 'education', 'honors'];

export interface ModelOptions {
  /** Include pages with `draft: true` (dev server). */
  drafts: boolean;
  /** `YYYY-MM-DD` that decides which dated content is in the future. */
  today?: string;
  /** Keep future-dated content. */
  future?: boolean;
}

/** Validates every loaded record and assembles the immutable Site; undefined when site.yml is unusable. */
export function buildSite(loaded: LoadedSite, bag: DiagnosticBag, given: ModelOptions, features: readonly Feature[] = []): Site | undefined {
  const settings = loaded.siteYml ? siteSettings(loaded.siteYml, bag, loaded.themeFiles) : undefined;
  const options = settings?.config.future ? { ...given, future: true } : given;
  const languages = settings?.languages ?? ['en'];
  const files = pageLanguages(loaded.pages, languages, bag);
  const own = files.filter((f) => f.language === languages[0]);
  const keys = new Map(own.map((f) => [f.file, f.key]));
  const pages = buildPages(own.map((f) => f.file), bag, options, { prefix: '', pathOf: (file) => keys.get(file) ?? file.source.file });
  const data = loaded.data;
  const known = [...CORE_DATA_FILES, ...features.flatMap((f) => f.dataFiles ?? [])].sort();
  for (const [name, file] of data) {
    if (!known.includes(name)) {
      const guess = didYouMean(name, known);
      bag.warn('unknown-data-file', file.source.file, undefined, `Vita does not read data/${name}.yml.`,
        guess ? `Did you mean data/${guess}.yml?` : `Data files Vita reads: ${known.map((n) => `${n}.yml`).join(', ')}.`);
    }
  }
  const featureParts = features.map((f) => f.model?.({ loaded, settings, drafts: options.drafts, ...(options.today ? { today: options.today } : {}), ...(options.future ? { future: true } : {}) }, bag) ?? {});
  const choice = { language: languages[0]!, fallback: languages[0]!, check: languages };
  const news = buildNews(data.get('news'), bag, choice);
  const experience = buildTimeline(data.get('experience'), bag, choice);
  const education = buildTimeline(data.get('education'), bag, choice);
  const honors = buildHonors(data.get('honors'), bag, choice);
  if (!settings) return undefined;
  const { languages: _listed, ...shared } = settings;
  const site: Site = {
    ...shared,
    pages,
    news,
    experience,
    education,
    honors,
    publications: [],
    venues: [],
    staticFiles: loaded.staticFiles.map((path) => ({ path })),
    ...Object.assign({}, ...featureParts),
  };
  return deepFreeze(languages.length > 1 ? withEditions(site, loaded, files, bag, options, languages) : site);
}

// Walks without making an array of values per object: the model of 10,000 papers holds ~200,000 objects.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (Array.isArray(value)) for (const item of value) deepFreeze(item);
    else for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
