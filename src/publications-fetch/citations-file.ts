import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Document, isMap, parseDocument } from 'yaml';
import { replaceFile } from '../write/safe-files.js';

/** Counts fetched for one paper; a source left out keeps what the file had. */
export interface FetchedCounts {
  openalex?: number;
  semanticScholar?: number;
}

const HEADER = ` Citation counts written by \`vita sync\`; \`vita build\` reads them and never goes online.
 Show them with \`citation_counts: { show: true }\` in site.yml. Per paper you may add
 \`pin: <number>\` (shown instead of the fetched counts) or \`hide: true\`; vita sync keeps both.`;

/** data/citations.yml, edited in place so that the owner's pins, hides and comments survive a sync. */
export class CitationsFile {
  readonly path: string;
  private readonly doc: Document;

  private constructor(path: string, doc: Document) {
    this.path = path;
    this.doc = doc;
  }

  /** Opens the file (or starts a new one); a file that does not parse is reported, never overwritten. */
  static open(root: string): { ok: true; file: CitationsFile } | { ok: false; reason: string } {
    const path = join(root, 'data/citations.yml');
    if (!existsSync(path)) {
      // Summary first, so that a reader sees the date and h-index before the papers.
      const doc = new Document({ fetched: '', h_index: 0 });
      doc.commentBefore = HEADER;
      return { ok: true, file: new CitationsFile(path, doc) };
    }
    const doc: Document = parseDocument(readFileSync(path, 'utf8'), { version: '1.2', schema: 'core' });
    if (doc.errors.length) return { ok: false, reason: `data/citations.yml does not parse (${doc.errors[0]!.message.split('\n')[0]})` };
    if (doc.contents !== null && !isMap(doc.contents)) {
      return { ok: false, reason: 'data/citations.yml is not a map of `fetched`, `h_index` and `papers`' };
    }
    if (doc.contents === null) doc.contents = doc.createNode({});
    return { ok: true, file: new CitationsFile(path, doc) };
  }

  /** The counts the file holds for a paper: the owner's pin, or the larger fetched count. */
  bestCount(key: string): number | undefined {
    if (this.doc.getIn(['papers', key, 'hide']) === true) return undefined;
    const values = ['pin', 'openalex', 'semantic_scholar'].map((f) => this.doc.getIn(['papers', key, f]));
    if (typeof values[0] === 'number') return values[0];
    const counts = values.slice(1).filter((v): v is number => typeof v === 'number');
    return counts.length ? Math.max(...counts) : undefined;
  }

  /** Records freshly fetched counts and the day they were fetched. */
  setCounts(key: string, counts: FetchedCounts, day: string): void {
    if (counts.openalex !== undefined) this.doc.setIn(['papers', key, 'openalex'], counts.openalex);
    if (counts.semanticScholar !== undefined) this.doc.setIn(['papers', key, 'semantic_scholar'], counts.semanticScholar);
    this.doc.setIn(['papers', key, 'fetched'], day);
  }

  /** Sets the day of the sync and the h-index over the site's papers. */
  setSummary(day: string, hIndex: number): void {
    this.doc.set('fetched', day);
    this.doc.set('h_index', hIndex);
  }

  /** Writes through a new temporary file and a rename; a link at the path is replaced, never followed. */
  save(): void {
    mkdirSync(dirname(this.path), { recursive: true });
    replaceFile(this.path, this.doc.toString({ lineWidth: 0 }));
  }
}

/** The largest h such that h papers have at least h citations each. */
export function hIndex(counts: readonly number[]): number {
  const sorted = [...counts].sort((a, b) => b - a);
  let h = 0;
  while (h < sorted.length && sorted[h]! >= h + 1) h++;
  return h;
}
