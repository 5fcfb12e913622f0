import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { loadBibtexParser } from '../lazy-modules.js';
import { readBibtex } from '../load/bibtex.js';
import { readSource } from '../load/read-source.js';
import { loadYaml } from '../load/yaml.js';
import { fromBibtex } from '../model/publications/from-bibtex.js';
import { fromYaml } from '../model/publications/from-yaml.js';
import { titleFingerprint } from './work.js';

/** A publication already on the site, reduced to what duplicate detection and `vita sync` need. */
export interface KnownPaper {
  key: string;
  title: string;
  year?: number;
  doi?: string;
  arxiv?: string;
  /** `publications.bib:12` */
  where: string;
}

/** Papers of publications.bib and data/publications.yml, read with Vita's own loaders; problems in those files are diagnostics. */
export async function readSitePublications(root: string): Promise<{ papers: KnownPaper[]; bag: DiagnosticBag }> {
  const bag = new DiagnosticBag();
  const papers: KnownPaper[] = [];
  const bibPath = join(root, 'publications.bib');
  const drafts = [];
  if (existsSync(bibPath)) {
    const source = readSource(bibPath, 'publications.bib', bag);
    const read = source && readBibtex(source, bag);
    if (read?.needsFullParser) await loadBibtexParser();
    if (read) drafts.push(...read.finish().filter((r) => !r.crossrefTarget).map((r) => fromBibtex(r, bag)));
  }
  const yamlPath = join(root, 'data/publications.yml');
  if (existsSync(yamlPath)) {
    const source = readSource(yamlPath, 'data/publications.yml', bag);
    const yaml = source && loadYaml(source, bag);
    if (yaml) drafts.push(...fromYaml(yaml, bag));
  }
  for (const d of drafts) {
    papers.push({
      key: d.key,
      title: d.title,
      ...(d.year !== undefined ? { year: d.year } : {}),
      ...(d.doi ? { doi: d.doi } : {}),
      ...(d.arxiv ? { arxiv: d.arxiv.replace(/v\d+$/, '') } : {}),
      where: `${d.source.file}:${d.source.line}`,
    });
  }
  return { papers, bag };
}

/** Finds a paper by DOI (any case), arXiv id (any version) or normalised title and year. */
export class PaperIndex {
  private readonly byDoi = new Map<string, KnownPaper>();
  private readonly byArxiv = new Map<string, KnownPaper>();
  private readonly byTitle = new Map<string, KnownPaper>();
  /** Citation keys in use, lower case. */
  readonly keys = new Set<string>();

  constructor(papers: readonly KnownPaper[]) {
    for (const p of papers) this.add(p);
  }

  /** Records a paper (an existing one, or one just added so a second identifier for it is caught too). */
  add(p: KnownPaper): void {
    this.keys.add(p.key.toLowerCase());
    if (p.doi) this.byDoi.set(p.doi.toLowerCase(), p);
    if (p.arxiv) this.byArxiv.set(p.arxiv.toLowerCase(), p);
    this.byTitle.set(titleKey(p.title, p.year), p);
  }

  /** The paper already on the site that `p` duplicates, if any. */
  find(p: { title?: string; year?: number; doi?: string; arxiv?: string }): KnownPaper | undefined {
    return (p.doi ? this.byDoi.get(p.doi.toLowerCase()) : undefined)
      ?? (p.arxiv ? this.byArxiv.get(p.arxiv.toLowerCase().replace(/v\d+$/, '')) : undefined)
      ?? (p.title ? this.byTitle.get(titleKey(p.title, p.year)) : undefined);
  }
}

function titleKey(title: string, year: number | undefined): string {
  return `${titleFingerprint(title)}|${year ?? ''}`;
}

/** The owner's first email address in site.yml, for the User-Agent and the APIs' polite pools. */
export function contactEmail(root: string): string | undefined {
  try {
    const site = parse(readFileSync(join(root, 'site.yml'), 'utf8')) as { author?: { email?: unknown } } | null;
    const email = site?.author?.email;
    const first = Array.isArray(email) ? email[0] : email;
    return typeof first === 'string' && /^[^@\s]+@[^@\s]+$/.test(first.trim()) ? first.trim() : undefined;
  } catch {
    return undefined;
  }
}
