/**
 * `<img src="x.jpg" \>`: a backslash for the slash of a self-closing tag. Neither kramdown nor CommonMark
 * reads that as a tag, so the page shows it as text; the owner meant the element, so the slash is put right.
 */
import { applyEdits, fencedRanges, inRanges, lineAt, type Doc, type Edit } from './edits.js';
import type { Report } from './report.js';
import { VOID } from './html/scan.js';

const ATTR = /\s+[^\s"'>\/=\\]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`\\]+))?/.source;
const BACKSLASH_CLOSE = new RegExp(`<([a-zA-Z][a-zA-Z0-9]*)((?:${ATTR})*)\\s*\\\\>`, 'g');

/** Rewrites `<void-element … \>` as `<void-element … />` outside code, with a report line for each. */
export function repairBackslashClose(doc: Doc, file: string, report: Report): Doc {
  const fenced = fencedRanges(doc.text);
  const edits: Edit[] = [];
  for (const m of doc.text.matchAll(BACKSLASH_CLOSE)) {
    if (!VOID.has(m[1]!.toLowerCase()) || inRanges(fenced, m.index) || inCodeSpan(doc.text, m.index)) continue;
    edits.push({ start: m.index, end: m.index + m[0].length, text: `<${m[1]}${m[2]} />` });
    const what = `\`<${m[1]} … \\>\` written as \`<${m[1]} … />\``;
    report.add('kramdown', `${what}: with a backslash the old site showed the tag as text`, file, lineAt(doc, m.index));
  }
  return applyEdits(doc, edits);
}

// An odd number of backticks before the offset on its line: inside a code span.
function inCodeSpan(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return (text.slice(lineStart, at).match(/`/g)?.length ?? 0) % 2 === 1;
}
