/** Reads a venue written in `<i>`: `CVPR 2025 <b>Highlight</b> (CCF-A)` → name, year, tiers, tags, type. */
import { collapse, textOf } from './inline.js';
import type { ElementNode } from './tree.js';

export interface VenueParts {
  name?: string;
  year?: number;
  tiers: string[];
  tags: string[];
  type: string;
  status: string;
}

// Ranking badges people put after a venue: CCF lists, CORE, JCR/CAS quartiles, indexing.
const TIER = /^(CCF[- ]?[ABC]|CORE[- ]?(A\*|A|B|C)|(JCR[- ]|CAS[- ])?Q[1-4]|SCI|SSCI|EI|CAS[- ]?[1-4]区?|中科院[1-4]区)$/i;
const CONFERENCE = /\b(CVPR|ICCV|ECCV|NeurIPS|NIPS|ICML|ICLR|AAAI|IJCAI|ACL|EMNLP|NAACL|COLING|KDD|WWW|SIGIR|ACM MM|ICASSP|INTERSPEECH|CHI|UIST|SIGGRAPH|WACV|BMVC|MICCAI|ICRA|IROS|CoRL|AISTATS|UAI|COLT|ICDE|VLDB|SIGMOD)\b|conference|proceedings|symposium|workshop/i;

/** True for a ranking badge such as CCF-A, CORE A*, Q1 or SCI. */
export function isTier(text: string): boolean {
  return TIER.test(text.trim());
}

/** Splits the venue element into its parts. */
export function classifyVenue(el: ElementNode): VenueParts {
  const tags = el.children.filter((n): n is ElementNode => n.type === 'element' && (n.name === 'b' || n.name === 'strong')).map((b) => textOf(b.children)).filter(Boolean);
  return { ...classifyVenueText(textOf(el.children.filter((n) => !(n.type === 'element' && (n.name === 'b' || n.name === 'strong'))))), tags };
}

/** Splits a venue written as text: `IEEE Transactions on Multimedia (CCF-B, Q1)`. */
export function classifyVenueText(text: string): VenueParts {
  const tags: string[] = [];
  const plain = collapse(text);
  const tiers: string[] = [];
  const kept: string[] = [];
  let name = plain.replace(/\s*\(([^()]*)\)/g, (_, inside: string) => {
    for (const part of inside.split(/\s*[,;]\s*/).filter(Boolean)) (TIER.test(part) ? tiers : kept).push(part);
    return '';
  }).trim().replace(/[.,]$/, '');
  if (kept.length) name = `${name} (${kept.join(', ')})`;
  let year: number | undefined;
  const y = /^(.*?)[\s']*\b((?:19|20)\d{2})$/.exec(name);
  if (y) {
    year = Number(y[2]);
    name = y[1]!.trim();
  }
  if (/^(preprint|arxiv( preprint)?|under review|submitted)$/i.test(name)) {
    return { tiers, tags, type: 'preprint', status: /review|submitted/i.test(name) ? 'under-review' : 'preprint', ...(year ? { year } : {}) };
  }
  return { ...(name ? { name } : {}), ...(year ? { year } : {}), tiers, tags, type: CONFERENCE.test(name) ? 'conference' : 'article', status: 'published' };
}
