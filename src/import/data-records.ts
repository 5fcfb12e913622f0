/** The collections academicpages keeps as data → the records of data/*.yml, and where each entry's page went. */
import { publicationSlug } from '../model/publications/slug.js';
import type { ByRole } from './classify.js';
import {
  convertProject, convertPublication, convertTalk, convertTeaching, type CollectionContext,
} from './collections.js';
import type { Report } from './report.js';

type Rec = Record<string, unknown>;

/** The data records, and for each source file the address its entry now lives at. */
export interface DataRecords {
  publications: Rec[];
  talks: Rec[];
  teaching: Rec[];
  projects: Rec[];
  /** Source path → the new address of the entry's old page. */
  targets: Map<string, string>;
}

/** Converts `_publications/`, `_talks/`, `_teaching/`, `_portfolio/`; publications also come from hand-written HTML. */
export function convertRecords(byRole: ByRole, ctx: CollectionContext): DataRecords {
  const fromHtml = ctx.data.publications.length;
  const pubRels = byRole('publication');
  const publications: Rec[] = ctx.data.publications.map((p) => ({ ...p }));
  for (const rel of pubRels) publications.push(convertPublication(rel, ctx));
  uniqueKeys(publications, ctx.report);
  const talks = byRole('talk').map((rel) => convertTalk(rel, ctx));
  const teaching = byRole('teaching').map((rel) => convertTeaching(rel, ctx));
  const projects = byRole('portfolio').map((rel) => convertProject(rel, ctx));
  const targets = new Map<string, string>();
  pubRels.forEach((rel, i) => {
    targets.set(rel, `/publications/${publicationSlug(String(publications[fromHtml + i]!.key))}/`);
  });
  byRole('talk').forEach((rel) => targets.set(rel, '/talks/'));
  byRole('teaching').forEach((rel) => targets.set(rel, '/teaching/'));
  // A project with a body got a page of its own; the others are items of the projects page.
  byRole('portfolio').forEach((rel, i) => {
    targets.set(rel, projects[i]!.body ? `/projects/${String(projects[i]!.slug)}/` : '/projects/');
  });
  return { publications, talks, teaching, projects, targets };
}

// Keys from hand-written HTML and from _publications/ share one namespace; keys that give one page address
// (`Smith2020` and `smith2020`) count as one.
function uniqueKeys(records: Rec[], report: Report): void {
  const seen = new Set<string>();
  const page = (key: string) => publicationSlug(key).toLowerCase();
  for (const r of records) {
    const base = String(r.key);
    let key = base;
    for (let n = 2; seen.has(page(key)); n++) key = `${base}-${n}`;
    if (key !== base) report.add('converted', `publication key "${base}" was taken: this entry is "${key}"`);
    seen.add(page(key));
    r.key = key;
  }
}
