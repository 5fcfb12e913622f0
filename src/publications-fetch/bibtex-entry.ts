import type { Work, WorkAuthor } from './work.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'on', 'of', 'for', 'in', 'to', 'and', 'with', 'via', 'from', 'at', 'by', 'is', 'are', 'towards', 'toward',
]);

/** A readable citation key, `family + year + first word of the title` (`he2016deep`), made unique against `taken` (lower case). */
export function citationKey(work: Work, taken: ReadonlySet<string>): string {
  const first = work.authors[0];
  const name = ascii(first?.family ?? first?.literal ?? '').split(' ').at(-1) || 'anon';
  const word = ascii(work.title).split(' ').find((w) => w && !STOP_WORDS.has(w)) ?? '';
  const base = `${name}${work.year ?? 'nd'}${word}`;
  if (!taken.has(base)) return base;
  for (let i = 0; ; i++) {
    const key = base + suffix(i);
    if (!taken.has(key)) return key;
  }
}

// b, c, … z, then ba, bb …: "a" is left out so that the first paper's key never changes meaning.
function suffix(i: number): string {
  const letters = 'bcdefghijklmnopqrstuvwxyz';
  return i < letters.length ? letters[i]! : suffix(Math.floor(i / letters.length) - 1) + letters[i % letters.length];
}

function ascii(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The BibTeX entry for a work: fields in a fixed order, text escaped, the title's capitalisation protected. */
export function bibtexEntry(work: Work, key: string, newline = '\n'): string {
  const fields: [string, string][] = [];
  const add = (name: string, value: string | undefined) => { if (value) fields.push([name, value]); };
  add('author', work.authors.map(authorName).join(' and '));
  add('title', `{${escapeTitle(work.title)}}`);
  const inBook = work.type === 'inproceedings' || work.type === 'incollection';
  const venueField = inBook ? 'booktitle' : work.type === 'article' ? 'journal' : 'howpublished';
  add(venueField, work.venue && escapeText(work.venue));
  add('year', work.year?.toString());
  const month = work.month && MONTHS[work.month - 1];
  add('volume', work.volume && escapeText(work.volume));
  add('number', work.issue && escapeText(work.issue));
  add('pages', work.pages && escapeText(work.pages));
  add('publisher', work.publisher && escapeText(work.publisher));
  add('doi', work.doi && verbatim(work.doi));
  if (work.arxiv) {
    add('eprint', verbatim(work.arxiv));
    add('archiveprefix', 'arXiv');
    add('primaryclass', work.arxivClass && verbatim(work.arxivClass));
  }
  add('url', work.url && verbatim(work.url));
  const lines = fields.map(([name, value]) => `  ${name} = {${value}}`);
  // Months are written as BibTeX's predefined macros (jun), which every style understands.
  if (month) lines.splice(fields.findIndex(([n]) => n === 'year') + 1, 0, `  month = ${month}`);
  return `@${work.type}{${key},${newline}${lines.join(`,${newline}`)}${newline}}${newline}`;
}

function authorName(a: WorkAuthor): string {
  if (a.literal || !a.family) return `{${escapeText(a.literal ?? a.family ?? 'Anonymous')}}`;
  // A family name that contains " and " or a comma would split the list: protect it with braces.
  const family = /,|\band\b/i.test(a.family) ? `{${escapeText(a.family)}}` : escapeText(a.family);
  return a.given ? `${family}, ${escapeText(a.given)}` : family;
}

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '&': '\\&', '%': '\\%', '#': '\\#', _: '\\_', $: '\\$',
  '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
};

/** Plain text as BibTeX: LaTeX's special characters escaped, Unicode kept as is (biber and Vita read UTF-8). */
export function escapeText(text: string): string {
  return text.replace(/[\\{}&%#_$~^]/g, (c) => SPECIAL[c]!);
}

// Titles keep `$…$` math as written (arXiv titles use it) when the dollars pair up and the math's braces balance.
function escapeTitle(title: string): string {
  const parts = title.split(/(\$[^$]+\$)/);
  const mathOk = parts.every((p, i) => i % 2 === 0 || balanced(p));
  if (!mathOk) return escapeText(title);
  return parts.map((p, i) => (i % 2 === 1 ? p : escapeText(p))).join('');
}

function balanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

// DOIs, URLs and arXiv ids are read verbatim; only unbalanced braces could break the entry, so those are dropped.
function verbatim(text: string): string {
  return balanced(text) ? text : text.replace(/[{}]/g, '');
}
