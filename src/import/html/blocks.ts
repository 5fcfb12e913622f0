/**
 * Finds the hand-written HTML blocks of a page (tables, lists, divs starting a line), asks the
 * recognisers what each is, and replaces the recognised ones by directives; the data goes to a sink.
 */
import { applyEdits, fencedRanges, inRanges, lineAt, type Doc, type Edit } from '../edits.js';
import { KEPT_WHOLE } from '../kramdown-html.js';
import type { Report } from '../report.js';
import { closingEnd } from './scan.js';
import { comments, parseHtml, type ElementNode } from './tree.js';
import { cardRun } from './card-runs.js';
import { recognisePublicationCards } from './cards.js';
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
  /** Per page file, the publication sections its hand-written groups ask for (front matter `publications.sections`). */
  pageSections?: Record<string, PublicationSection[]>;
}

/** One section of a publications page, as front matter `publications: { sections: [...] }` writes it. */
export interface PublicationSection { kind: 'selected' | 'preprints' | 'all'; title: string }

// Cards come last: a plain list of bold names would otherwise be taken for papers before news or a timeline.
const RECOGNISERS: ((b: ElementNode) => Attempt)[] = [recognisePublications, recogniseTimeline, recogniseHonors, recogniseNews, recognisePublicationCards];
const BLOCK_START = /^([ \t]*)<(table|div|ul|ol|p|section|center|details)\b/gim;

// The kramdown stage said the block was kept as HTML; it became data, so that line would no longer be true.
function keptWholeBecameData(report: Report, file: string, from: number, to: number): void {
  report.withdraw((l) => l.section === 'kramdown' && l.file === file && l.line !== undefined
    && l.line >= from && l.line <= to && l.text.includes(KEPT_WHOLE));
}

/** Replaces recognised blocks in `doc` by directives, collecting their data into `data`. */
export function convertHtmlBlocks(doc: Doc, file: string, report: Report, data: HtmlData): Doc {
  const fenced = fencedRanges(doc.text);
  const edits: Edit[] = [];
  let after = 0;
  // Inside a wrapper that is not itself recognised (a `<div>` around a table), deeper-indented blocks
  // are still HTML; elsewhere four spaces of indentation make a Markdown code block, left alone.
  let wrapperEnd = 0;
  const sections: { title: string; records: PublicationRecord[]; line: number }[] = [];
  // A `<details>` of older news after the news list folds into it: `::news{limit=N}` shows N, the rest folded.
  let details: [number, number] | undefined;
  let news: { edit: Edit; count: number } | undefined;
  const headed: HeadedList[] = [];
  for (const m of doc.text.matchAll(BLOCK_START)) {
    const start = m.index + m[1]!.length;
    if (start < after || inRanges(fenced, start) || (m[1]!.replace(/\t/g, '    ').length > 3 && start >= wrapperEnd)) continue;
    let end = closingEnd(doc.text, start, m[2]!.toLowerCase());
    if (end === undefined) continue;
    const block = parseHtml(doc.text, start, end).find((n): n is ElementNode => n.type === 'element');
    if (!block) continue;
    const line = lineAt(doc, start);
    const inDetails = news !== undefined && details !== undefined && start > details[0] && end <= details[1];
    let attempt = inDetails ? claim(recogniseNews(block, 1)) : firstClaim(block);
    const run = attempt || inDetails ? undefined : cardRun(doc.text, start, end, block);
    const cards = run && claim(recognisePublicationCards(run.container));
    if (run && cards) [attempt, end] = [cards, run.end];
    if (attempt || block.name === 'table') after = end;
    else wrapperEnd = Math.max(wrapperEnd, end);
    if (!attempt && block.name === 'details') details = [m.index, lineStop(doc.text, end)];
    const result = attempt && 'result' in attempt ? attempt.result : undefined;
    if (result?.kind === 'news' && news && details && inDetails) {
      data.news.push(...result.records);
      news.edit.text = news.edit.text.replace('::news', `::news{limit=${news.count}}`);
      edits.push({ start: details[0], end: details[1], text: '' });
      keptWholeBecameData(report, file, lineAt(doc, details[0]), lineAt(doc, details[1]));
      report.add('converted', `older news in <details> (${result.count} items) → data/news.yml, folded under \`::news{limit=${news.count}}\``, file, line);
      after = details[1];
      continue;
    }
    if (attempt && 'nearMiss' in attempt) {
      report.add('verbatim', `${attempt.what} kept as HTML: ${attempt.nearMiss}`, file, line);
    } else if (attempt && 'result' in attempt) {
      const r = attempt.result;
      // Grouped cards: the first group's place gets the one `::publications`, which front matter splits into sections.
      const grouped = r.kind === 'publications' && r.section !== undefined;
      if (grouped) sections.push({ title: r.section!, records: r.records, line });
      const directives = store(r, data).filter(() => !grouped || sections.length === 1);
      const heading = r.kind === 'publications' && !grouped ? headingAbove(doc.text, m.index) : undefined;
      const kept = comments([block]).map((c) => `<!--${c.text}-->`);
      keptWholeBecameData(report, file, line, lineAt(doc, end));
      report.add('converted', describe(attempt.result) + (kept.length ? `; ${kept.length} HTML comment(s) inside kept after it` : ''), file, line);
      const lead = m.index === 0 || doc.text.slice(0, m.index).endsWith('\n\n') ? '' : '\n';
      const text = directives.length ? `${lead}${directives.join('\n\n')}\n` : '';
      const edit = { start: m.index, end: lineStop(doc.text, end), text: `${text}${kept.length ? '\n' + kept.join('\n') + '\n' : ''}` };
      edits.push(edit);
      if (r.kind === 'news') news = { edit, count: r.count };
      if (r.kind === 'publications' && !grouped) headed.push({ edit, records: r.records, line, heading });
    } else if (block.name === 'table') {
      report.add('verbatim', 'HTML table kept as HTML: not recognised as news, experience, publications or honours', file, line);
    }
  }
  for (const m of doc.text.matchAll(/<script\b[^>]*>/gi)) {
    if (inRanges(fenced, m.index)) continue;
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(m[0])?.[1];
    report.add('verbatim', `script kept as written${src ? ` (${src})` : ''}: Vita pages need no JavaScript; remove it if it is not wanted`, file, lineAt(doc, m.index));
  }
  // Lists under Markdown headings ("## Selected", "## Preprints") are groups too, when there are several.
  if (!sections.length && headed.length > 1 && headed.every((h) => h.heading)) {
    for (const [i, h] of headed.entries()) {
      sections.push({ title: h.heading!.title, records: h.records, line: h.line });
      edits.push({ start: h.heading!.start, end: h.heading!.end, text: '' });
      if (i > 0) h.edit.text = '';
      const selected = /selected|featured|highlight|representative|key/i.test(h.heading!.title);
      for (const r of h.records) if (selected) r.selected = true;
    }
  }
  // Several ungrouped lists on one page: one `::publications` shows them all.
  if (!sections.length && headed.length > 1) for (const h of headed.slice(1)) h.edit.text = '';
  if (sections.length) (data.pageSections ??= {})[file] = sectionSpecs(sections, file, report);
  return applyEdits(doc, edits);
}

// "Selected …" groups become a `selected` section; the last group takes every other paper; a group of
// preprints before it is a `preprints` section. A middle group of published papers cannot be told apart.
function sectionSpecs(groups: { title: string; records: PublicationRecord[]; line: number }[], file: string, report: Report): PublicationSection[] {
  const out: PublicationSection[] = [];
  for (const [i, g] of groups.entries()) {
    if (g.records.every((p) => p.selected)) out.push({ kind: 'selected', title: g.title });
    else if (i === groups.length - 1) out.push({ kind: 'all', title: g.title });
    else if (g.records.every((p) => p.status === 'preprint' || p.status === 'under-review')) out.push({ kind: 'preprints', title: g.title });
    else report.add('not-carried', `publication group "${g.title}" is neither selected papers nor preprints: its papers are listed under the last group, "${groups.at(-1)!.title}"`, file, g.line);
  }
  return out;
}

function firstClaim(block: ElementNode): Exclude<Attempt, { claimed: false }> | undefined {
  for (const recognise of RECOGNISERS) {
    const attempt = claim(recognise(block));
    if (attempt) return attempt;
  }
  return undefined;
}

function claim(attempt: Attempt): Exclude<Attempt, { claimed: false }> | undefined {
  return attempt.claimed ? attempt : undefined;
}

// A publication list without a group of its own, and the Markdown heading just above it, if any.
interface HeadedList { edit: Edit; records: PublicationRecord[]; line: number; heading?: { title: string; start: number; end: number } }

// A Markdown ATX heading that is the last thing before `at` (blank lines between allowed): its text and line.
function headingAbove(text: string, at: number): { title: string; start: number; end: number } | undefined {
  const before = text.slice(0, at).replace(/\s+$/, '');
  const start = before.lastIndexOf('\n') + 1;
  const m = /^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/.exec(before.slice(start));
  return m ? { title: m[1]!.replace(/[*_`]/g, '').trim(), start, end: lineStop(text, before.length) + 1 } : undefined;
}

// The end of the line when nothing but spaces follows `end` on it.
function lineStop(text: string, end: number): number {
  const lineEnd = text.indexOf('\n', end);
  return lineEnd >= 0 && !text.slice(end, lineEnd).trim() ? lineEnd : end;
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
    case 'publications': return r.section !== undefined
      ? `publication group "${r.section}" (${r.count} entries) → data/publications.yml, a section of \`::publications\``
      : `publication list (${r.count} entries) → data/publications.yml, \`::publications\``;
    case 'timeline': {
      const parts = [r.experience.length ? `${r.experience.length} → data/experience.yml` : '', r.education.length ? `${r.education.length} → data/education.yml` : ''].filter(Boolean);
      return `experience table (${r.count} rows: ${parts.join(', ')}) → ${r.order.map((k) => `\`::${k}\``).join(' + ')}`;
    }
  }
}
