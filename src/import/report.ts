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
}

/** Collects report lines and counts while an import runs. */
export class Report {
  readonly lines: ReportLine[] = [];
  readonly counts = new Map<string, number>();

  /** Adds one line under a section. */
  add(section: Section, text: string, file?: string, line?: number, col?: number): void {
    const entry: ReportLine = { section, text };
    if (file !== undefined) entry.file = file;
    if (line !== undefined) entry.line = line;
    if (col !== undefined) entry.col = col;
    this.lines.push(entry);
  }

  /** Takes back the lines a later stage has made untrue (an HTML block "kept" that then became data). */
  withdraw(untrue: (line: ReportLine) => boolean): void {
    for (let i = this.lines.length - 1; i >= 0; i--) if (untrue(this.lines[i]!)) this.lines.splice(i, 1);
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
  return controlsVisible(where + l.text);
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
