/**
 * Author lists as people type them: `Ann Lee, Bo Chen and Cy Diaz`, APA's `Lee, A., Chen, B., & Diaz, C.`,
 * `Lee, Ann; Chen, Bo`. The order is kept (the first author stays first) and so are the `*` and `†` marks.
 */
import { plainText } from './plain-text.js';

const INITIALS = /^(?:\p{Lu}[\p{Ll}]?\.[\s-]*)+$/u;
const MARKS = /[*†‡§¶#]+$/;

/** The names of an author list written as plain text (tags already stripped). */
export function splitAuthors(text: string): string[] {
  const t = text.replace(/\s+/g, ' ').trim().replace(/(?<!\b\p{Lu})\.$/u, '').replace(/[,;]$/, '').trim();
  if (!t) return [];
  if (t.includes(';')) return t.split(/\s*;\s*(?:and\s+|&\s*)?/).map(familyFirst).filter(Boolean);
  const parts = t.split(/\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*/).map((p) => p.trim()).filter(Boolean);
  // APA: every other part is a run of initials (`Lee`, `A.`, `Chen`, `B. C.`).
  if (parts.length % 2 === 0 && parts.every((p, i) => (i % 2 === 1) === INITIALS.test(p.replace(MARKS, '')))) {
    const out: string[] = [];
    for (let i = 0; i < parts.length; i += 2) out.push(joinName(parts[i + 1]!, parts[i]!));
    return out;
  }
  return parts;
}

// `Lee, Ann*` → `Ann Lee*`; a name without a comma stays as written.
function familyFirst(name: string): string {
  const comma = name.indexOf(',');
  if (comma < 0) return name.trim();
  return joinName(name.slice(comma + 1).trim(), name.slice(0, comma).trim());
}

// Marks written after the given names or the family name end up after the whole name.
function joinName(given: string, family: string): string {
  const marks = (MARKS.exec(family)?.[0] ?? '') + (MARKS.exec(given)?.[0] ?? '');
  return `${given.replace(MARKS, '').trim()} ${family.replace(MARKS, '').trim()}`.trim() + marks;
}

/** An `authors:` front matter value (a list, or one string of names, either possibly holding HTML) as names. */
export function authorsField(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => plainText(String(v ?? ''))).filter(Boolean);
  if (typeof value !== 'string' || !value.trim()) return [];
  return splitAuthors(plainText(value));
}
