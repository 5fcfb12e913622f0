/** Reading Jekyll's YAML 1.1 and writing Vita's YAML 1.2 without any value changing its meaning. */
import { Document, parse, visit, isScalar } from 'yaml';

/** Parses YAML 1.1 as Jekyll does; timestamps become `YYYY-MM-DD` strings. Throws on syntax errors. */
export function parseYaml11(text: string): unknown {
  return plainDates(parse(text, { version: '1.1' }));
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
      if (isScalar(node) && typeof node.value === 'string' && !node.value.includes('\n') && readsDifferently(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0 });
}
