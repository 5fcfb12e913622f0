/** Reading Jekyll's YAML 1.1 as libyaml does and writing Vita's YAML 1.2 without any value changing its meaning. */
import { Document, LineCounter, parse, parseDocument, visit, isScalar } from 'yaml';
import { indentContinuations } from './yaml-lenient.js';

/** A key written twice in one mapping; libyaml keeps the last value. */
export interface DuplicateKey {
  key: string;
  /** 1-based line of the value that was kept. */
  line: number;
}

/**
 * Parses YAML 1.1 as Jekyll (libyaml) does: timestamps become `YYYY-MM-DD` strings, the last of two
 * equal keys wins (each is passed to `onDuplicate`), and under-indented continuation lines of quoted
 * scalars are accepted. Throws on other syntax errors.
 */
export function parseYaml11(text: string, onDuplicate?: (d: DuplicateKey) => void): unknown {
  try {
    return read(text, onDuplicate);
  } catch (error) {
    const lenient = indentContinuations(text);
    if (lenient === text) throw error;
    try {
      return read(lenient, onDuplicate);
    } catch {
      throw error;
    }
  }
}

function read(text: string, onDuplicate?: (d: DuplicateKey) => void): unknown {
  const lines = new LineCounter();
  const doc = parseDocument(text, { version: '1.1', uniqueKeys: false, lineCounter: lines });
  if (doc.errors.length) throw doc.errors[0];
  visit(doc, {
    Map(_, map) {
      const last = new Map<string, number>();
      for (const [i, pair] of map.items.entries()) if (isScalar(pair.key)) last.set(String(pair.key.value), i);
      for (const [key, i] of last) {
        const pair = map.items[i]!;
        const written = map.items.filter((p) => isScalar(p.key) && String(p.key.value) === key).length;
        if (written > 1 && isScalar(pair.key)) {
          onDuplicate?.({ key, line: lines.linePos(pair.key.range?.[0] ?? 0).line });
        }
      }
    },
    Scalar(_, scalar) {
      // YAML rolls an impossible day over (2023-02-30 → 2023-03-02); the text as written is kept instead,
      // so the date reader can report it rather than a different day being imported silently.
      const written = scalar.source?.trim();
      if (scalar.value instanceof Date && written && rollsOver(written, scalar.value)) scalar.value = written;
    },
  });
  return plainDates(doc.toJS({ maxAliasCount: 100 }));
}

// True when a plain day written (no time) is not the day YAML made of it.
function rollsOver(written: string, date: Date): boolean {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(written);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return date.getUTCFullYear() !== year || date.getUTCMonth() + 1 !== month || date.getUTCDate() !== day;
}

function plainDates(v: unknown): unknown {
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/\.000Z$/, 'Z');
  }
  if (Array.isArray(v)) return v.map(plainDates);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainDates(x)]));
  return v;
}

// A string that YAML 1.2 or 1.1 would read as something else (`no`, `1.10`, `2025-05-01`, `~`).
function readsDifferently(s: string): boolean {
  for (const version of ['1.2', '1.1'] as const) {
    try {
      if (parse(s, { version }) !== s) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/** YAML text for a value: block style, no line folding, and strings quoted wherever a reader could mistake them. */
export function toYaml(value: unknown): string {
  const doc = new Document(value);
  visit(doc, {
    Scalar(_, node) {
      const text = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
      // A reader could take it for a boolean, number, date or null: quoted, it stays text.
      if (text !== undefined && !text.includes('\n') && readsDifferently(text)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0 });
}

/** What is left of a mapping that does not parse: the top-level keys that do, and the lines of the rest. */
export interface Salvage {
  value: Record<string, unknown>;
  /** 1-based first lines of the top-level entries left out. */
  dropped: number[];
  /** Keys of one-line entries kept as the text written after the colon (`title: 'It's'`, `date:2025-01-01`). */
  asText: string[];
}

/** Reads each top-level entry of a broken mapping on its own, so that one bad value loses only itself. */
export function salvageYaml11(text: string): Salvage {
  const lines = text.split('\n');
  const value: Record<string, unknown> = {};
  const dropped: number[] = [];
  const asText: string[] = [];
  let start = 0;
  for (let l = 1; l <= lines.length; l++) {
    if (l < lines.length && !/^[^\s#-]/.test(lines[l]!)) continue;
    const chunk = lines.slice(start, l).join('\n');
    if (chunk.trim() && !/^\s*#/.test(chunk.trim())) {
      let parsed: unknown;
      try {
        parsed = parseYaml11(chunk);
      } catch {
        parsed = undefined;
      }
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) Object.assign(value, parsed);
      else {
        const line = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(\S.*?)[ \t]*$/.exec(chunk.trim());
        if (line && !chunk.trim().includes('\n')) {
          value[line[1]!] = line[2]!.replace(/^(['"])(.*)\1$/, '$2');
          asText.push(line[1]!);
        } else dropped.push(start + 1);
      }
    }
    start = l;
  }
  return { value, dropped, asText };
}
