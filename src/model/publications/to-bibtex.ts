import type { Publication, PublicationType } from '../types.js';

const ENTRY_TYPES: Record<PublicationType, string> = {
  article: 'article', conference: 'inproceedings', preprint: 'misc', thesis: 'phdthesis', book: 'book',
  chapter: 'incollection', report: 'techreport', talk: 'misc', other: 'misc',
};
const VENUE_FIELD: Partial<Record<PublicationType, string>> = {
  article: 'journal', conference: 'booktitle', chapter: 'booktitle', thesis: 'school', report: 'institution', talk: 'howpublished', other: 'howpublished',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** BibTeX for a publication that came from YAML: Unicode kept (biber and modern BibTeX read UTF-8), specials escaped. */
export function toBibtex(p: Omit<Publication, 'bibtex'>): string {
  const fields: [string, string][] = [];
  const add = (name: string, value: string | undefined) => {
    if (value) fields.push([name, `{${value}}`]);
  };
  add('title', escapeTitle(p.title));
  if (p.authors.length) add('author', p.authors.map(bibName).join(' and ') + (p.etAl ? ' and others' : ''));
  add(VENUE_FIELD[p.type] ?? '', p.type === 'preprint' ? undefined : p.venue && escapeLatex(p.venue));
  if (p.year !== undefined) fields.push(['year', String(p.year)]);
  if (p.month !== undefined) fields.push(['month', MONTHS[p.month - 1]!]);
  add('volume', p.volume && escapeLatex(p.volume));
  add('number', p.issue && escapeLatex(p.issue));
  add('pages', p.pages && escapeLatex(p.pages).replace(/–/g, '--'));
  add('publisher', p.publisher && escapeLatex(p.publisher));
  add('doi', p.doi);
  if (p.arxiv) {
    add('eprint', p.arxiv);
    add('archiveprefix', 'arXiv');
  }
  const body = fields.filter(([name]) => name).map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@${ENTRY_TYPES[p.type]}{${p.key},\n${body}\n}`;
}

function bibName(a: { name: string; given?: string; family?: string }): string {
  if (a.family && a.given) return `${escapeLatex(a.family)}, ${escapeLatex(a.given)}`;
  // One word (an organisation or a name in Chinese script) is protected from being split.
  return `{${escapeLatex(a.name)}}`;
}

// Math between $…$ is LaTeX already; only the text around it is escaped.
function escapeTitle(title: string): string {
  return title.split(/(\$[^$]+\$)/).map((part, i) => (i % 2 ? part : escapeLatex(part))).join('');
}

/** Escapes the characters LaTeX treats specially, so a value reads back as the same text. */
export function escapeLatex(s: string): string {
  return s.replace(/[\\{}&%$#_~^]/g, (c) => {
    switch (c) {
      case '\\': return '\\textbackslash{}';
      case '~': return '\\textasciitilde{}';
      case '^': return '\\textasciicircum{}';
      default: return '\\' + c;
    }
  });
}
