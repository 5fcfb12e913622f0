import type { BibChunk, BibField } from './scan.js';
import { isMonthMacro, type StringTable } from './values.js';

/** Fields that steer the website (al-folio's and Vita's) rather than describe the work: left out of citations. */
export const SITE_ONLY_FIELDS = new Set([
  'abbr', 'selected', 'pdf', 'code', 'html', 'website', 'slides', 'poster', 'video', 'blog', 'supp', 'preview',
  'abstract', 'bibtex_show', 'award', 'award_name', 'arxiv', 'google_scholar_id', 'altmetric', 'dimensions',
  'additional_info', 'annotation', 'inspirehep_id', 'author+an', 'editor+an', 'tags', 'status', 'tier',
]);

/**
 * The entry as a standalone citation: the user's LaTeX kept, `@string` macros expanded (a downloaded entry
 * cannot see the file's macros), crossref fields inlined, site-only fields dropped, arXiv ids as eprint.
 */
export function entryText(chunk: BibChunk, fields: readonly BibField[], strings: StringTable): string {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const field of fields) {
    if (seen.has(field.name) || SITE_ONLY_FIELDS.has(field.name) || field.name === 'crossref') continue;
    seen.add(field.name);
    lines.push(`  ${field.name} = ${valueText(field, strings)}`);
  }
  const arxiv = fields.find((f) => f.name === 'arxiv');
  if (arxiv && !seen.has('eprint')) {
    lines.push(`  eprint = {${strings.resolve(arxiv.parts, []) ?? ''}}`);
    if (!seen.has('archiveprefix')) lines.push('  archiveprefix = {arXiv}');
  }
  return `@${chunk.type}{${chunk.key},\n${lines.join(',\n')}\n}`;
}

function valueText(field: BibField, strings: StringTable): string {
  const [only] = field.parts;
  if (field.parts.length === 1 && only) {
    if (only.kind === 'number') return only.text;
    if (only.kind === 'macro' && isMonthMacro(only.text) && field.name === 'month') return only.text.toLowerCase();
  }
  return `{${strings.resolve(field.parts, []) ?? ''}}`;
}
