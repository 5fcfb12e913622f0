import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { MarkdownFile } from '../load/front-matter.js';
import type { YamlFile } from '../load/yaml.js';
import { teachingSchema } from '../validate/schemas/teaching.js';
import { collectRecords, newestFirst } from './data-records.js';
import type { SourceRef } from './source-ref.js';

/** A course the owner taught or assisted. */
export interface TeachingEntry {
  course: string;
  /** Course number, e.g. `CS 101`. */
  code?: string;
  /** e.g. `Instructor`, `Teaching assistant`. */
  role?: string;
  institution?: string;
  /** Free text such as `Fall 2024`. */
  term?: string;
  /** For ordering and grouping: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
  url?: string;
  /** Markdown; rendered without raw HTML. */
  description?: string;
  source: SourceRef;
}

/** data/teaching.yml and teaching/*.md → courses, newest first (undated ones last, in file order). */
export function buildTeaching(yaml: YamlFile | undefined, files: readonly MarkdownFile[] | undefined, bag: DiagnosticBag): TeachingEntry[] {
  const entries = collectRecords(teachingSchema, yaml, files, bag, 'teaching').map(({ record: r, source, body }): TeachingEntry => {
    const description = body ?? r.description;
    return {
      course: r.course,
      ...(r.code ? { code: r.code } : {}),
      ...(r.role ? { role: r.role } : {}),
      ...(r.institution ? { institution: r.institution } : {}),
      ...(r.term ? { term: r.term } : {}),
      ...(r.date ? { date: r.date } : {}),
      ...(r.url ? { url: r.url } : {}),
      ...(description ? { description } : {}),
      source,
    };
  });
  return newestFirst(entries, (e) => e.date);
}
