/**
 * A problem found in the user's site, as data: where, what, why, and what to do.
 * Loaders and validators return these; nothing throws for a user's mistake.
 */
export type Severity = 'error' | 'warning';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units like editors do. */
  col: number;
}

export interface Diagnostic {
  /** Stable rule id, e.g. `yaml-syntax`, `unknown-key`, `unknown-directive`. */
  rule: string;
  severity: Severity;
  /** Path relative to the site root, with `/` separators (e.g. `data/news.yml`). */
  file: string;
  /** Where in the file; absent when the problem is about the file as a whole. */
  position?: Position;
  /** One short sentence: what went wrong. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** Collects diagnostics across a whole build so that all problems are reported together. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];

  add(d: Diagnostic): void {
    this.items.push(d);
  }

  /** Adds `d` unless the same problem at the same place is already here (a multilingual site reads data once per language). */
  addNew(d: Diagnostic): void {
    const same = (k: Diagnostic) => k.rule === d.rule && k.file === d.file && k.message === d.message &&
      k.position?.line === d.position?.line && k.position?.col === d.position?.col;
    if (!this.items.some(same)) this.items.push(d);
  }

  error(rule: string, file: string, position: Position | undefined, message: string, hint?: string): void {
    this.items.push({ rule, severity: 'error', file, ...(position ? { position } : {}), message, ...(hint ? { hint } : {}) });
  }

  warn(rule: string, file: string, position: Position | undefined, message: string, hint?: string): void {
    this.items.push({ rule, severity: 'warning', file, ...(position ? { position } : {}), message, ...(hint ? { hint } : {}) });
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }

  /** Diagnostics in a stable order: by file, then line, then column, then message. */
  sorted(): Diagnostic[] {
    return [...this.items].sort(compareDiagnostics);
  }
}

/** Orders diagnostics by file, position and message so reports are deterministic. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const al = a.position?.line ?? 0, bl = b.position?.line ?? 0;
  if (al !== bl) return al - bl;
  const ac = a.position?.col ?? 0, bc = b.position?.col ?? 0;
  if (ac !== bc) return ac - bc;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** `file:line:col` (or just `file`) for a diagnostic. */
export function location(d: Diagnostic): string {
  return d.position ? `${d.file}:${d.position.line}:${d.position.col}` : d.file;
}
