/**
 * Finds the hand-written HTML blocks of a page (tables, lists, divs starting a line), asks the
 * recognisers what each is, and replaces the recognised ones by directives; the data goes to a sink.
 */
import { applyEdits, fencedRanges, inRanges, lineAt, type Doc, type Edit } from '../edits.js';
import type { Report } from '../report.js';
import { scanHtml } from './scan.js';
import { comments, parseHtml, type ElementNode } from './tree.js';
import { recogniseHonors } from './honors.js';
import { recogniseNews } from './news.js';
import { recognisePublications } from './publications.js';
import { recogniseTimeline } from './timeline.js';
import type { HonorRecord, NewsRecord, PublicationRecord, TimelineRecord } from './records.js';
import type { Attempt, Recognition } from './recognition.js';

/** Everything the recognisers turned into data, for data/*.yml. */
export interface HtmlData {
  news: NewsRecord[];
  experience: TimelineRecord[];
  education: TimelineRecord[];
  publications: PublicationRecord[];
  honors: HonorRecord[];
  /** Names written underlined/bold in author lists: the owner's spellings. */
  owners: string[];
}

const RECOGNISERS: ((b: ElementNode) => Attempt)[] = [recognisePublications, recogniseTimeline, recogniseHonors, recogniseNews];
const BLOCK_START = /^([ \t]*)<(table|div|ul|ol|p|section|center)\b/gim;

/** Replaces recognised blocks in `doc` by directives, collecting their data into `data`. */
export function convertHtmlBlocks(doc: Doc, file: string, report: Report, data: HtmlData): Doc {
  const fenced = fencedRanges(doc.text);
  const edits: Edit[] = [];
  let after = 0;
  // Inside a wrapper that is not itself recognised (a `<div>` around a table), deeper-indented blocks
  // are still HTML; elsewhere four spaces of indentation make a Markdown code block, left alone.
  let wrapperEnd = 0;
  for (const m of doc.text.matchAll(BLOCK_START)) {
    const start = m.index + m[1]!.length;
    if (start < after || inRanges(fenced, start) || (m[1]!.replace(/\t/g, '    ').length > 3 && start >= wrapperEnd)) continue;
    const end = closingEnd(doc.text, start, m[2]!.toLowerCase());
    if (end === undefined) continue;
    const block = parseHtml(doc.text, start, end).find((n): n is ElementNode => n.type === 'element');
    if (!block) continue;
    const line = lineAt(doc, start);
    const attempt = firstClaim(block);
    if (attempt || block.name === 'table') after = end;
    else wrapperEnd = Math.max(wrapperEnd, end);
    if (attempt && 'nearMiss' in attempt) {
      report.add('verbatim', `${attempt.what} kept as HTML: ${attempt.nearMiss}`, file, line);
    } else if (attempt && 'result' in attempt) {
      const directives = store(attempt.result, data);
      const kept = comments([block]).map((c) => `<!--${c.text}-->`);
      report.add('converted', describe(attempt.result) + (kept.length ? `; ${kept.length} HTML comment(s) inside kept after it` : ''), file, line);
      const lineEnd = doc.text.indexOf('\n', end);
      const stop = lineEnd >= 0 && !doc.text.slice(end, lineEnd).trim() ? lineEnd : end;
      const lead = m.index === 0 || doc.text.slice(0, m.index).endsWith('\n\n') ? '' : '\n';
      edits.push({ start: m.index, end: stop, text: `${lead}${directives.join('\n\n')}\n${kept.length ? '\n' + kept.join('\n') + '\n' : ''}` });
    } else if (block.name === 'table') {
      report.add('verbatim', 'HTML table kept as HTML: not recognised as news, experience, publications or honours', file, line);
    }
  }
  for (const m of doc.text.matchAll(/<script\b[^>]*>/gi)) {
    if (inRanges(fenced, m.index)) continue;
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(m[0])?.[1];
    report.add('verbatim', `script kept as written${src ? ` (${src})` : ''}: Vita pages need no JavaScript; remove it if it is not wanted`, file, lineAt(doc, m.index));
  }
  return applyEdits(doc, edits);
}

function firstClaim(block: ElementNode): Exclude<Attempt, { claimed: false }> | undefined {
  for (const recognise of RECOGNISERS) {
    const attempt = recognise(block);
    if (attempt.claimed) return attempt;
  }
  return undefined;
}

// Offset just after the tag that closes the element opened at `start`, counting nesting.
function closingEnd(text: string, start: number, name: string): number | undefined {
  let depth = 0;
  for (const t of scanHtml(text, start)) {
    if (t.kind === 'open' && t.name === name && !t.selfClosing) depth++;
    else if (t.kind === 'close' && t.name === name && --depth === 0) return t.end;
  }
  return undefined;
}

function store(r: Recognition, data: HtmlData): string[] {
  switch (r.kind) {
    case 'news': data.news.push(...r.records); return ['::news'];
    case 'honors': data.honors.push(...r.records); return ['::honors'];
    case 'publications':
      data.publications.push(...r.records);
      for (const o of r.owners) if (!data.owners.includes(o)) data.owners.push(o);
      return ['::publications'];
    case 'timeline':
      data.experience.push(...r.experience);
      data.education.push(...r.education);
      return r.order.map((k) => `::${k}`);
  }
}

function describe(r: Recognition): string {
  switch (r.kind) {
    case 'news': return `news list (${r.count} items) → data/news.yml, \`::news\``;
    case 'honors': return `honours table (${r.count} rows) → data/honors.yml, \`::honors\``;
    case 'publications': return `publication list (${r.count} entries) → data/publications.yml, \`::publications\``;
    case 'timeline': {
      const parts = [r.experience.length ? `${r.experience.length} → data/experience.yml` : '', r.education.length ? `${r.education.length} → data/education.yml` : ''].filter(Boolean);
      return `experience table (${r.count} rows: ${parts.join(', ')}) → ${r.order.map((k) => `\`::${k}\``).join(' + ')}`;
    }
  }
}
