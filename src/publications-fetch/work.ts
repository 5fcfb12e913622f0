/** A person as the sources give them; `literal` is an organisation or a name that cannot be split. */
export interface WorkAuthor {
  family?: string;
  given?: string;
  literal?: string;
}

/** BibTeX entry types `vita add` writes. */
export type WorkType = 'article' | 'inproceedings' | 'incollection' | 'book' | 'phdthesis' | 'techreport' | 'misc';

/** One paper's metadata, normalised from whichever source answered. */
export interface Work {
  type: WorkType;
  /** As published (capitalisation kept), markup removed, whitespace collapsed. */
  title: string;
  authors: WorkAuthor[];
  /** Journal or proceedings title. */
  venue?: string;
  year?: number;
  month?: number;
  volume?: string;
  issue?: string;
  /** With an en-dash range written `--`. */
  pages?: string;
  publisher?: string;
  doi?: string;
  arxiv?: string;
  /** arXiv primary category, e.g. `cs.CV`. */
  arxivClass?: string;
  url?: string;
  /** The service that answered, for the progress line (`Crossref`, `arXiv` …). */
  from: string;
}

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'la', 'le', 'ter', 'ten']);

/** Splits "Given Family" (with particles such as "van der" kept in the family name). */
export function splitName(full: string): WorkAuthor {
  const name = full.replace(/\s+/g, ' ').trim();
  if (name.includes(',')) {
    const [family, ...given] = name.split(',');
    return withGiven(family!.trim(), given.join(',').trim());
  }
  const words = name.split(' ');
  if (words.length === 1) return { family: name };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!.toLowerCase())) start--;
  return withGiven(words.slice(start).join(' '), words.slice(0, start).join(' '));
}

function withGiven(family: string, given: string): WorkAuthor {
  return given ? { family, given } : { family };
}

/** Removes JATS/MathML/HTML tags and entities that Crossref titles carry, and collapses whitespace. */
export function cleanText(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) => entity(e))
    .replace(/\s+/g, ' ')
    .trim();
}

function entity(e: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
  const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return String.fromCodePoint(code);
}

/** `123-130`, `123–130` → `123--130`; single pages and article numbers unchanged. */
export function normalisePages(pages: string | undefined): string | undefined {
  const p = pages?.trim();
  if (!p) return undefined;
  return p.replace(/\s*(-+|–|—)\s*/g, '--');
}

/** A title reduced for comparison: accents, case, punctuation and spacing removed. */
export function titleFingerprint(title: string): string {
  return title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Crossref/CSL (and DataCite) type names → the BibTeX type written. */
export function workTypeOf(sourceType: string | undefined): WorkType {
  switch ((sourceType ?? '').toLowerCase().replace(/[\s_]/g, '-')) {
    case 'journal-article': case 'article-journal': case 'journalarticle': case 'article': return 'article';
    case 'proceedings-article': case 'paper-conference': case 'conference-paper': case 'conferencepaper':
    case 'inproceedings': return 'inproceedings';
    case 'book-chapter': case 'chapter': case 'bookchapter': case 'incollection': return 'incollection';
    case 'book': case 'monograph': case 'edited-book': return 'book';
    case 'dissertation': case 'dissertation-thesis': case 'thesis': case 'phdthesis': return 'phdthesis';
    case 'report': case 'techreport': return 'techreport';
    default: return 'misc';
  }
}
