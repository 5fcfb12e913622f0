import type { BibPart, BibStringDef } from './scan.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An `@string` name used but never defined. */
export interface UndefinedMacro {
  name: string;
  offset: number;
}

/** The `@string` table, with BibTeX's predefined month macros. */
export class StringTable {
  private readonly values = new Map<string, string>(MONTHS.map((m, i) => [m, MONTH_NAMES[i]!]));

  /** Defines `@string`s in file order, each seeing the ones before it. */
  define(defs: readonly BibStringDef[], missing: UndefinedMacro[]): void {
    for (const def of defs) this.values.set(def.name, this.resolve(def.parts, missing));
  }

  /** The raw LaTeX of a value: parts joined, macros expanded; unknown macros are collected in `missing`. */
  resolve(parts: readonly BibPart[], missing: UndefinedMacro[]): string {
    let out = '';
    for (const part of parts) {
      if (part.kind !== 'macro') {
        out += part.text;
        continue;
      }
      const value = this.values.get(part.text.toLowerCase());
      if (value === undefined) missing.push({ name: part.text, offset: part.offset });
      else out += value;
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
