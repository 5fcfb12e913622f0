/** The import report's lines for one file's mojibake: one line per kind of repair, with a count and examples. */
import type { SourceText } from '../load/source-text.js';
import type { MojibakeResult } from './mojibake.js';
import { visible, type Report, type Section } from './report.js';

/** Kinds listed one per line for a file, in each section; the rest of the file's kinds are summed up in one line. */
export const KINDS_LISTED = 10;

interface Kind { count: number; offsets: readonly number[] }

/**
 * Adds `fixed`'s repairs and ambiguous runs to the report. A damaged file repeats the same few runs thousands of
 * times (a line per repair made a 1 MB post 196,608 lines long): each kind gets one line at its first place,
 * saying how many times it was found and where the first few are (file:line:col), so the report stays readable.
 */
export function reportMojibake(fixed: MojibakeResult, source: SourceText, report: Report): void {
  const where = (offset: number) => {
    const at = source.position(offset);
    return { line: at.line, col: at.col, text: `${source.file}:${at.line}:${at.col}` };
  };
  const add = (section: Section, kinds: readonly Kind[], describe: (kind: number) => string, others: string) => {
    kinds.slice(0, KINDS_LISTED).forEach((kind, i) => {
      const first = where(kind.offsets[0]!);
      const examples = kind.offsets.map((o) => where(o).text).join(', ');
      const times = kind.count === 1 ? '' : `, ${kind.count} times, ${kind.count > kind.offsets.length ? 'first at' : 'at'} ${examples}`;
      report.add(section, describe(i) + times, source.file, first.line, first.col);
    });
    const rest = kinds.slice(KINDS_LISTED);
    if (rest.length === 0) return;
    const first = where(rest.reduce((min, kind) => Math.min(min, kind.offsets[0]!), Infinity));
    const count = rest.reduce((n, kind) => n + kind.count, 0);
    report.add(section, `${rest.length} other kinds of run ${others}, ${count} times in all, the first at ${first.text}`,
      source.file, first.line, first.col);
  };
  add('mojibake', fixed.repairs, (i) => {
    const r = fixed.repairs[i]!;
    return `\`${visible(r.before)}\` → \`${r.after}\` (UTF-8 read as ${r.codePage}${r.restoredLead ? ', lost first byte restored' : ''})`;
  }, 'repaired');
  add('verbatim', fixed.ambiguous, (i) => {
    const a = fixed.ambiguous[i]!;
    return `\`${visible(a.text)}\` looks like mojibake but reads as ${a.readings.map((x) => `\`${x}\``).join(' or ')}: left alone`;
  }, 'that look like mojibake left alone');
}
