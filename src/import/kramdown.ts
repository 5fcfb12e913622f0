/**
 * kramdown syntax that markdown-it would print literally: block attribute lists (`{: .notice--info}`
 * → a callout), `{:toc}`, span attribute lists, heading ids `{#id}`, `{::comment}` and
 * `markdown="1"` HTML blocks. Each change is reported.
 */
import { applyEdits, fencedRanges, inRanges, lineAt, type Doc, type Edit } from './edits.js';
import { scanHtml } from './html/scan.js';
import { keepHtmlBlocksWhole } from './kramdown-html.js';
import type { Report } from './report.js';
import { repairBackslashClose } from './tag-typos.js';

/** The callout for each academicpages notice class. */
export const NOTICE_CALLOUT: Record<string, string> = {
  notice: 'note', 'notice--primary': 'important', 'notice--info': 'note', 'notice--warning': 'warning', 'notice--danger': 'caution', 'notice--success': 'tip',
};

/** Converts kramdown-only syntax in the body. */
export function convertKramdown(input: Doc, file: string, report: Report): Doc {
  const doc = convertMarkdownDivs(keepHtmlBlocksWhole(repairBackslashClose(input, file, report), file, report), file, report);
  const fenced = fencedRanges(doc.text);
  const edits: Edit[] = [];
  const lines = doc.text.split('\n');
  let offset = 0;
  const starts = lines.map((l) => { const s = offset; offset += l.length + 1; return s; });
  for (const [i, raw] of lines.entries()) {
    const start = starts[i]!;
    if (inRanges(fenced, start)) continue;
    const line = lineAt(doc, start);
    const ial = /^\s*\{:\s*([^}]*)\}\s*$/.exec(raw);
    if (ial) {
      const attrs = ial[1]!.trim();
      if (/^toc$/.test(attrs)) {
        const prev = i > 0 && /^\s*(?:[*+-]|\d+\.)\s+.*$/.test(lines[i - 1]!) ? i - 1 : i;
        edits.push({ start: starts[prev]!, end: start + raw.length + 1, text: '' });
        report.add('kramdown', '`{:toc}` table of contents removed: Vita pages have no generated table of contents', file, line);
        continue;
      }
      const kind = attrs.split(/\s+/).map((c) => NOTICE_CALLOUT[c.replace(/^\./, '')]).find(Boolean);
      const first = blockStart(lines, i);
      if (kind && first < i) {
        edits.push({ start: starts[first]!, end: starts[first]!, text: `:::${kind}\n` });
        edits.push({ start, end: start + raw.length, text: ':::' });
        report.add('kramdown', `\`{: ${attrs}}\` → \`:::${kind}\` callout`, file, line);
      } else {
        edits.push({ start, end: Math.min(doc.text.length, start + raw.length + 1), text: '' });
        report.add('kramdown', `attribute list \`{: ${attrs}}\` removed: Vita has no equivalent`, file, line);
      }
      continue;
    }
    for (const m of raw.matchAll(/\{:(?!:)\s*[^}\n]*\}|\{::comment\}|\{:\/comment\}|\{::nomarkdown\}|\{:\/nomarkdown\}|\{::options[^}]*\/\}/g)) {
      const what = m[0];
      const text = what === '{::comment}' ? '<!--' : what === '{:/comment}' ? '-->' : '';
      edits.push({ start: start + m.index, end: start + m.index + what.length, text });
      report.add('kramdown', `\`${what}\` ${text ? 'turned into an HTML comment marker' : 'removed'}`, file, line);
    }
    const heading = /^(#{1,6}\s.*?)\s*\{#([\w-]+)\}\s*$/.exec(raw);
    if (heading) {
      edits.push({ start: start + heading[1]!.length, end: start + raw.length, text: '' });
      report.add('kramdown', `heading id \`{#${heading[2]}}\` removed: Vita makes ids from the heading text`, file, line);
    }
  }
  return applyEdits(doc, edits);
}

// First line of the block that ends just above line `i` (kramdown attaches a block IAL to it).
function blockStart(lines: string[], i: number): number {
  let k = i;
  while (k > 0 && lines[k - 1]!.trim()) k--;
  return k;
}

/** `<div markdown="1">` → the div around Markdown (blank lines inside), or a callout for notice classes. */
function convertMarkdownDivs(doc: Doc, file: string, report: Report): Doc {
  const edits: Edit[] = [];
  const fenced = fencedRanges(doc.text);
  for (const m of doc.text.matchAll(/<(div|section|span|p|aside)\b[^>]*\bmarkdown=["']?(1|block|span)["']?[^>]*>/g)) {
    if (inRanges(fenced, m.index) || m.index < (edits.at(-1)?.end ?? 0)) continue;
    const name = m[1]!;
    let depth = 0, close: { start: number; end: number } | undefined;
    for (const t of scanHtml(doc.text, m.index)) {
      if (t.kind === 'open' && t.name === name && !t.selfClosing) depth++;
      else if (t.kind === 'close' && t.name === name && --depth === 0) { close = t; break; }
    }
    if (!close) continue;
    const inner = dedent(doc.text.slice(m.index + m[0].length, close.start)).trim();
    const classes = /\bclass=["']([^"']*)["']/.exec(m[0])?.[1]?.split(/\s+/) ?? [];
    const kind = classes.map((c) => NOTICE_CALLOUT[c]).find(Boolean);
    const line = lineAt(doc, m.index);
    if (kind) {
      edits.push({ start: m.index, end: close.end, text: `\n:::${kind}\n${inner}\n:::\n` });
      report.add('kramdown', `\`<${name} class="${classes.join(' ')}" markdown="1">\` → \`:::${kind}\` callout`, file, line);
    } else {
      const open = m[0].replace(/\s+markdown=["']?(1|block|span)["']?/, '');
      edits.push({ start: m.index, end: close.end, text: `${open}\n\n${inner}\n\n</${name}>` });
      report.add('kramdown', `\`markdown="1"\` ${name}: its content is now read as Markdown by blank lines around it`, file, line);
    }
  }
  return applyEdits(doc, edits);
}

function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(cut, /^\s*/.exec(l)![0].length))).join('\n');
}

/**
 * kramdown reads `(* ` as a literal star, CommonMark may close emphasis with it and garble the line
 * (the seed's `**Publications (* Denotes the equal contribution)**`). Runs last, on Markdown lines
 * only: raw HTML blocks and code are left as they are.
 */
export function escapeLiteralStars(doc: Doc, file: string, report: Report): Doc {
  const fenced = fencedRanges(doc.text);
  const edits: Edit[] = [];
  let offset = 0;
  let inHtml = false;
  for (const raw of doc.text.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    if (!raw.trim()) { inHtml = false; continue; }
    if (/^ {0,3}<[a-zA-Z!/]/.test(raw)) inHtml = true;
    if (inHtml || raw.includes('`') || inRanges(fenced, start)) continue;
    for (const m of raw.matchAll(/(?<=[([])\*(?=\s)/g)) {
      edits.push({ start: start + m.index, end: start + m.index + 1, text: '\\*' });
      report.add('kramdown', '`(* ` written as `(\\* ` so that the star stays a star (CommonMark would read it as emphasis)', file, lineAt(doc, start));
    }
  }
  return applyEdits(doc, edits);
}
