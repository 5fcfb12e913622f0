import type { Publication, PublicationType } from '../../model/types.js';
import { citationName, pageRange } from '../../render/publications/highwire.js';
import { titleText } from '../../render/publications/title-html.js';

const RIS_TYPES: Record<PublicationType, string> = {
  article: 'JOUR', conference: 'CPAPER', preprint: 'UNPB', thesis: 'THES', book: 'BOOK', chapter: 'CHAP', report: 'RPRT', talk: 'SLIDE', other: 'GEN',
};

/** RIS (as read by Zotero, EndNote, Mendeley): one `TAG  - value` line each, CRLF line ends as the format asks. */
export function toRis(p: Publication): string {
  const lines: [string, string][] = [['TY', RIS_TYPES[p.type]]];
  lines.push(['TI', titleText(p.title)]);
  for (const a of p.authors) lines.push(['AU', citationName(a)]);
  if (p.date) lines.push(['DA', risDate(p.date)]);
  if (p.year !== undefined) lines.push(['PY', String(p.year)]);
  if (p.venue) lines.push([p.type === 'article' ? 'JO' : 'T2', p.venue]);
  if (p.volume) lines.push(['VL', p.volume]);
  if (p.issue) lines.push(['IS', p.issue]);
  const { first, last } = pageRange(p.pages);
  if (first) lines.push(['SP', first]);
  if (last) lines.push(['EP', last]);
  if (p.publisher) lines.push(['PB', p.publisher]);
  if (p.doi) lines.push(['DO', p.doi]);
  if (p.arxiv) lines.push(['UR', `https://arxiv.org/abs/${p.arxiv}`]);
  if (p.abstract) lines.push(['AB', p.abstract]);
  for (const t of p.tags) lines.push(['KW', t]);
  lines.push(['ID', p.key]);
  lines.push(['ER', '']);
  // A line break inside a value would start a bogus record line.
  return lines.map(([tag, value]) => `${tag}  - ${value.replace(/[\r\n]+/g, ' ')}`.trimEnd()).join('\r\n') + '\r\n';
}

// RIS dates are YYYY/MM/DD/ with empty parts allowed.
function risDate(date: string): string {
  const [y, m = '', d = ''] = date.split('-');
  return `${y}/${m}/${d}/`;
}
