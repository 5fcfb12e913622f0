/**
 * kramdown reads a block-level HTML element as one block up to its closing tag, blank lines and all.
 * CommonMark ends an HTML block at the first blank line, so the indented `<li>` or card after it
 * becomes an indented code block and the page shows its HTML as code. Closing those gaps keeps
 * each element one HTML block, as the old site showed it.
 */
import { applyEdits, fencedRanges, inRanges, lineAt, type Doc, type Edit } from './edits.js';
import { closingEnd, scanHtml } from './html/scan.js';
import type { Report } from './report.js';

// CommonMark's block-level tag names (HTML block kind 6), which are also kramdown's block elements.
const BLOCK_TAGS = new Set(('address article aside blockquote center dd details dialog dir div dl dt fieldset figcaption figure '
  + 'footer form h1 h2 h3 h4 h5 h6 header hgroup li main menu nav ol p section summary table tbody td tfoot th thead tr ul').split(' '));
const BLOCK_START = /^ {0,3}<([a-zA-Z][a-zA-Z0-9]*)(?=[\s>/])/gm;
// Blank lines inside these are content, so they are kept as a character reference (a line feed).
const VERBATIM = new Set(['pre', 'textarea']);
/** The words of the report line for a block kept whole; the HTML stage takes it back when the block becomes data. */
export const KEPT_WHOLE = 'block with blank lines inside kept as one HTML block';

/** Removes the blank lines that would cut a block-level HTML element into HTML and code. */
export function keepHtmlBlocksWhole(doc: Doc, file: string, report: Report): Doc {
  const fenced = fencedRanges(doc.text);
  const edits: Edit[] = [];
  let after = 0;
  for (const m of doc.text.matchAll(BLOCK_START)) {
    const name = m[1]!.toLowerCase();
    if (m.index < after || !BLOCK_TAGS.has(name) || inRanges(fenced, m.index)) continue;
    const end = closingEnd(doc.text, m.index, name);
    if (end === undefined) continue;
    after = end;
    const block = doc.text.slice(m.index, end);
    // `markdown="1"` asks for Markdown inside (handled by the kramdown stage), and a directive written
    // by an earlier stage must stay a block of its own.
    if (/\bmarkdown\s*=/.test(block) || /^:{2,}\w/m.test(block)) continue;
    const gaps = blankGaps(doc.text, m.index, end);
    // Gaps before markup indented less than four spaces only split the block harmlessly; one inside
    // <pre> or before an indented line does not.
    if (!gaps.some((g) => g.text !== '\n' || /^(?: {4}|\t)/.test(doc.text.slice(g.end)))) continue;
    edits.push(...gaps);
    const why = 'as kramdown read it (Markdown would have shown its indented lines as code)';
    report.add('kramdown', `<${name}> ${KEPT_WHOLE}, ${why}`, file, lineAt(doc, m.index));
  }
  return applyEdits(doc, edits);
}

/**
 * The blank lines of `text[start, end)` that end the HTML block too early: those followed by more
 * markup or by a line indented as code. A block with a blank line before plain text is left as it
 * is: CommonMark reads that text as Markdown, which is what the owner meant by writing it so.
 */
function blankGaps(text: string, start: number, end: number): Edit[] {
  const verbatim = verbatimRanges(text, start, end);
  const edits: Edit[] = [];
  for (const m of text.slice(start, end).matchAll(/\n(?:[ \t]*\n)+/g)) {
    const from = start + m.index;
    const to = from + m[0].length;
    const next = text.slice(to, text.indexOf('\n', to) < 0 ? end : text.indexOf('\n', to));
    if (inRanges(verbatim, from)) {
      edits.push({ start: from, end: to, text: '\n' + '&#10;'.repeat(m[0].split('\n').length - 2) });
    } else if (/^\s*</.test(next) || /^(?: {4}|\t)/.test(next)) {
      edits.push({ start: from, end: to, text: '\n' });
    } else return [];
  }
  return edits;
}

function verbatimRanges(text: string, start: number, end: number): [number, number][] {
  const ranges: [number, number][] = [];
  let open: number | undefined;
  for (const t of scanHtml(text, start, end)) {
    if (t.kind === 'open' && VERBATIM.has(t.name) && open === undefined) open = t.end;
    else if (t.kind === 'close' && VERBATIM.has(t.name) && open !== undefined) { ranges.push([open, t.start]); open = undefined; }
  }
  return ranges;
}
