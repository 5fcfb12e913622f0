import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { YamlFile } from '../load/yaml.js';
import { CV_SECTIONS, cvSchema } from '../validate/schemas/cv.js';
import { validateYaml } from '../validate/zod-diagnostics.js';

export type CvSectionId = (typeof CV_SECTIONS)[number];

/** A line of a CV list: inline Markdown, with an optional date and link. */
export interface CvItem {
  text: string;
  date?: string;
  url?: string;
}

/** What data/cv.yml adds to the CV built from the rest of the site. */
export interface CvData {
  /** Generate /cv/ (default true; false when the owner writes pages/cv.md with ::cv). */
  page: boolean;
  summary?: string;
  order: CvSectionId[];
  skills: Array<{ category: string; items: string[] }>;
  service: CvItem[];
  sections: Array<{ title: string; items: CvItem[] }>;
}

/** The default order of CV sections. */
export const DEFAULT_CV_ORDER: readonly CvSectionId[] = CV_SECTIONS;

function item(entry: string | { text: string; date?: string | undefined; url?: string | undefined }): CvItem {
  if (typeof entry === 'string') return { text: entry };
  return { text: entry.text, ...(entry.date ? { date: entry.date } : {}), ...(entry.url ? { url: entry.url } : {}) };
}

/** data/cv.yml → CV settings and extra sections; defaults when the file is absent. */
export function buildCv(yaml: YamlFile | undefined, bag: DiagnosticBag): CvData {
  const r = yaml ? validateYaml(cvSchema, yaml, bag) : undefined;
  return {
    page: r?.page ?? true,
    ...(r?.summary ? { summary: r.summary } : {}),
    order: r?.order ? [...new Set(r.order)] : [...DEFAULT_CV_ORDER],
    skills: (r?.skills ?? []).map((s) => ({ category: s.category, items: s.items })),
    service: (r?.service ?? []).map(item),
    sections: (r?.sections ?? []).map((s) => ({ title: s.title, items: s.items.map(item) })),
  };
}
