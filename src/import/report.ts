/** The import report: every conversion, repair, piece kept verbatim and file skipped, as Markdown. */

export type Section = 'addresses' | 'converted' | 'mojibake' | 'verbatim' | 'liquid' | 'kramdown' | 'missing' | 'not-carried' | 'skipped' | 'copied';

const TITLES: Record<Section, string> = {
  // Not only HTML: dates, theme colours, ui-text and stylesheets are reported here too.
  converted: 'Converted',
  addresses: 'Old addresses and links kept working',
  mojibake: 'Mojibake repaired',
  verbatim: 'Kept verbatim',
  liquid: 'Liquid',
  kramdown: 'kramdown',
  missing: 'Referenced files that are missing',
  'not-carried': 'Not carried over',
  copied: 'Static files',
  skipped: 'Skipped Jekyll machinery',
};
const ORDER = Object.keys(TITLES) as Section[];

export interface ReportLine {
  section: Section;
  file?: string;
  line?: number;
  /** Where on the line, only to order lines that share one. */
  col?: number;
  text: string;
  /** How many times the same line was added for the same file (one line in the report, however many). */
  count?: number;
  /** Lines of the first few of them (at most PLACES), for the report to show. */
  places?: number[];
}

/** How many places a line added many times shows. */
export const PLACES = 3;

/** Collects report lines and counts while an import runs. */
export class Report {
  readonly lines: ReportLine[] = [];
  readonly counts = new Map<string, number>();
  // A stage that rewrites every tag of a huge page reports the same line thousands of times (a 4 MB post of
  // Liquid gave 190,650 lines and a 22 MB report): the same text for the same file is one line with a count.
  private readonly seen = new Map<string, ReportLine>();

  /** Adds one line under a section; the same text for the same file again adds to its count. */
  add(section: Section, text: string, file?: string, line?: number, col?: number): void {
    const key = `${section}\u0000${file ?? ''}\u0000${text}`;
    const known = this.seen.get(key);
    if (known) {
      known.count = (known.count ?? 1) + 1;
      if (line !== undefined && known.places && known.places.length < PLACES) known.places.push(line);
      return;
    }
    const entry: ReportLine = { section, text };
    if (file !== undefined) entry.file = file;
    if (line !== undefined) { entry.line = line; entry.places = [line]; }
    if (col !== undefined) entry.col = col;
    this.lines.push(entry);
    this.seen.set(key, entry);
  }

  /** Takes back the lines a later stage has made untrue (an HTML block "kept" that then became data). */
  withdraw(untrue: (line: ReportLine) => boolean): void {
    const kept = this.lines.filter((l) => !untrue(l));
    if (kept.length === this.lines.length) return;
    this.lines.length = 0;
    this.lines.push(...kept);
    this.seen.clear();
    for (const l of kept) this.seen.set(`${l.section}\u0000${l.file ?? ''}\u0000${l.text}`, l);
  }

  /** Adds `n` to a named count (pages, publications …). */
  count(name: string, n = 1): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + n);
  }

  /** The report as Markdown: summary counts, then each section with its lines in file/line order. */
  render(title: string): string {
    const out = [`# Import report: ${title}`, '', '## Summary', ''];
    const names = [...this.counts.keys()].sort();
    for (const name of names) out.push(`- ${name}: ${this.counts.get(name)}`);
    if (!names.length) out.push('- nothing imported');
    const bySection = new Map<Section, ReportLine[]>(ORDER.map((section) => [section, []]));
    for (const l of this.lines) bySection.get(l.section)!.push(l);
    for (const section of ORDER) {
      const lines = bySection.get(section)!.sort(compareLines);
      if (!lines.length) continue;
      out.push('', `## ${TITLES[section]} (${lines.length})`, '');
      for (const l of lines) out.push(`- ${formatLine(l)}`);
    }
    return out.join('\n') + '\n';
  }
}

/** `file:line text`, the form every report line takes. */
export function formatLine(l: ReportLine): string {
  const where = l.file === undefined ? '' : l.line === undefined ? `${l.file}: ` : `${l.file}:${l.line}: `;
  // Control characters from the old site (an escape sequence in a file name or title) never reach the terminal.
  return controlsVisible(where + l.text + times(l));
}

// `, 3 times, at a.md:5, a.md:6, a.md:9`: a line added more than once, with the places of the first few.
function times(l: ReportLine): string {
  const count = l.count ?? 1;
  if (count === 1) return '';
  const places = l.file !== undefined && l.places?.length ? l.places.map((line) => `${l.file}:${line}`) : [];
  const where = places.length ? `, ${count > places.length ? 'first at' : 'at'} ${places.join(', ')}` : '';
  return `, ${count} times${where}`;
}

function controlsVisible(text: string): string {
  if (!/[\x00-\x1f\x7f-\x9f]/.test(text)) return text;
  return text.replace(/\p{Cc}/gu, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

function compareLines(a: ReportLine, b: ReportLine): number {
  const fa = a.file ?? '', fb = b.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  if ((a.line ?? 0) !== (b.line ?? 0)) return (a.line ?? 0) - (b.line ?? 0);
  if ((a.col ?? 0) !== (b.col ?? 0)) return (a.col ?? 0) - (b.col ?? 0);
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

/** Shows invisible or private-use characters in report text as `<U+F8FF>`. */
export function visible(text: string): string {
  return text.replace(/[\p{Co}\p{Cc}\p{Cf}]/gu, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}
