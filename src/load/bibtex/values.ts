import type { BibPart, BibStringDef } from './scan.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** No field or @string of a real bibliography comes near this; past it, expansion is an attack or a mistake. */
export const MAX_STRING_LENGTH = 100_000;

/** An `@string` name used but never defined. */
export interface UndefinedMacro {
  name: string;
  offset: number;
}

/** The `@string` table, with BibTeX's predefined month macros. */
export class StringTable {
  private readonly values = new Map<string, string>(MONTHS.map((m, i) => [m, MONTH_NAMES[i]!]));

  /**
   * Defines `@string`s in file order, each seeing the ones before it. A definition that would expand past
   * MAX_STRING_LENGTH (strings doubling each other grow exponentially) is defined as empty and returned.
   */
  define(defs: readonly BibStringDef[], missing: UndefinedMacro[]): BibStringDef[] {
    const tooLong: BibStringDef[] = [];
    for (const def of defs) {
      const value = this.resolve(def.parts, missing);
      if (value === undefined) tooLong.push(def);
      this.values.set(def.name, value ?? '');
    }
    return tooLong;
  }

  /**
   * The raw LaTeX of a value: parts joined, macros expanded; unknown macros are collected in `missing`.
   * Undefined when the value would be longer than MAX_STRING_LENGTH.
   */
  resolve(parts: readonly BibPart[], missing: UndefinedMacro[]): string | undefined {
    let out = '';
    for (const part of parts) {
      const value = part.kind === 'macro' ? this.values.get(part.text.toLowerCase()) : part.text;
      if (value === undefined) {
        missing.push({ name: part.text, offset: part.offset });
        continue;
      }
      if (out.length + value.length > MAX_STRING_LENGTH) return undefined;
      out += value;
    }
    return out;
  }

  has(name: string): boolean {
    return this.values.has(name.toLowerCase());
  }
}

/** Month number 1–12 from `jun`, `June`, `6` or `06`; undefined for anything else. */
export function monthNumber(value: string): number | undefined {
  const v = value.trim().toLowerCase();
  if (/^\d{1,2}$/.test(v)) {
    const n = Number(v);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  const i = MONTHS.indexOf(v.slice(0, 3));
  if (i < 0) return undefined;
  return v.length === 3 || v === MONTH_NAMES[i]!.toLowerCase() || (v.length === 4 && v.endsWith('.')) ? i + 1 : undefined;
}

/** Whether `name` is one of the predefined month macros (`jan` … `dec`). */
export function isMonthMacro(name: string): boolean {
  return MONTHS.includes(name.toLowerCase());
}
