/** Dates as people write them on homepages: `05/2025`, `Jan. 2025`, `Sept. 2023`, `Now`. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `YYYY-MM` for a month name (any abbreviation) and a year; undefined when not a month. */
export function monthYear(month: string, year: string): string | undefined {
  const m = MONTHS.indexOf(month.toLowerCase().slice(0, 3));
  return m < 0 ? undefined : `${year}-${String(m + 1).padStart(2, '0')}`;
}

function yearMonth(year: string, month: string): string | undefined {
  const n = Number(month);
  return n >= 1 && n <= 12 ? `${year}-${String(n).padStart(2, '0')}` : undefined;
}

/** One end of a range: `Jan. 2025` → `2025-01`, `2019` → `2019`, `Now` → `present`. */
export function parseRangeEnd(text: string): string | undefined {
  const t = text.trim().replace(/\.$/, '');
  if (/^(now|present|today|current|至今)$/i.test(t)) return 'present';
  let m = /^([A-Za-z]+)\.?\s*,?\s*(\d{4})$/.exec(t);
  if (m) return monthYear(m[1]!, m[2]!);
  m = /^(\d{4})$/.exec(t);
  if (m) return m[1];
  m = /^(\d{4})[./-](\d{1,2})$/.exec(t);
  if (m) return yearMonth(m[1]!, m[2]!);
  m = /^(\d{1,2})[./-](\d{4})$/.exec(t);
  if (m) return yearMonth(m[2]!, m[1]!);
  return undefined;
}

/** A parenthesised range such as `(Jan. 2025 - Now)` inside text, or a bare one ending it, with where it sits. */
export function findRange(text: string): { start: string; end: string; index: number; length: number } | undefined {
  for (const m of text.matchAll(/\(([^()]+?)\s*(?:-|–|—|~|to)\s*([^()]+?)\)/g)) {
    const start = parseRangeEnd(m[1]!);
    const end = parseRangeEnd(m[2]!);
    if (start && end && start !== 'present') return { start, end, index: m.index, length: m[0].length };
  }
  // Cards write the range last and without brackets: `Research intern. Mar. 2023 - Aug. 2024.`
  const bare = /(?<=^|[\s.,;:])((?:[A-Za-z]+\.?\s+)?\d{4})\s*(?:-|–|—|~|to)\s*((?:[A-Za-z]+\.?\s+)?\d{4}|[A-Za-z]+)\.?\s*$/.exec(text);
  const start = bare && parseRangeEnd(bare[1]!);
  const end = bare && parseRangeEnd(bare[2]!);
  if (bare && start && end && start !== 'present') return { start, end, index: bare.index, length: bare[0].length };
  return undefined;
}

/** A news date marker such as `[05/2025]`, `[2025-05]` or `[May 2025]` → `YYYY-MM`. */
export function newsDate(text: string): string | undefined {
  const t = text.trim().replace(/^\[\s*/, '').replace(/\s*\]$/, '').replace(/:$/, '');
  let m = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? `${m[2]}-${m[1]!.padStart(2, '0')}` : undefined;
  m = /^(\d{4})[/.-](\d{1,2})(?:[/.-](\d{1,2}))?$/.exec(t);
  if (m) {
    if (Number(m[2]) < 1 || Number(m[2]) > 12) return undefined;
    return `${m[1]}-${m[2]!.padStart(2, '0')}` + (m[3] ? `-${m[3].padStart(2, '0')}` : '');
  }
  m = /^([A-Za-z]+)\.?\s+(\d{4})$/.exec(t);
  return m ? monthYear(m[1]!, m[2]!) : undefined;
}
