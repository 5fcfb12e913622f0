/**
 * Decides whether an author in a publication is the site's owner, from the owner's declared spellings.
 * Matching ignores case, accents, hyphens, dots and word order ("Wang, Zeqing" = "Zeqing Wang" = "WANG Zeqing"),
 * and accepts initials of the given name ("Z. Wang", "Z.-Q. Wang") when the family name matches.
 */

/** A name as publications hold it: a display string, optionally already split. */
export interface NameLike {
  name: string;
  given?: string;
  family?: string;
}

interface Split {
  given: string;
  family: string;
}

/** Returns a predicate that is true for the owner's names; `variants` are the owner's spellings. */
export function ownerMatcher(variants: readonly string[]): (author: NameLike) => boolean {
  const full = new Set<string>();
  const compactForms = new Set<string>();
  const initialsByFamily = new Map<string, Set<string>>();
  for (const variant of variants) {
    if (!variant.trim()) continue;
    const s = splitName(variant);
    const g = compact(s.given), f = compact(s.family);
    compactForms.add(g + f);
    compactForms.add(f + g);
    if (g && f) {
      full.add(`${g}|${f}`);
      full.add(`${f}|${g}`);
      // Either word may be the family name (a Chinese name written family-first), so both get initials.
      addInitials(initialsByFamily, f, s.given);
      addInitials(initialsByFamily, g, s.family);
    }
  }
  // Co-authors repeat across a publication list, so each spelling is decided once.
  const decided = new Map<string, boolean>();
  return (author) => {
    const id = `${author.name}\u0000${author.given ?? ''}\u0000${author.family ?? ''}`;
    let answer = decided.get(id);
    if (answer === undefined) {
      answer = matches(author);
      decided.set(id, answer);
    }
    return answer;
  };

  function matches(author: NameLike): boolean {
    const s = author.family !== undefined || author.given !== undefined
      ? { given: author.given ?? '', family: author.family ?? '' }
      : splitName(author.name);
    const g = compact(s.given), f = compact(s.family);
    if (full.has(`${g}|${f}`) || compactForms.has(g + f) || compactForms.has(compact(author.name))) return true;
    if (!isInitials(s.given)) return false;
    return initialsByFamily.get(f)?.has(initialsOf(s.given)) ?? false;
  }
}

/** "Family, Given" or "Given … Family"; a single word is a family name. */
export function splitName(name: string): Split {
  const comma = name.indexOf(',');
  if (comma >= 0) return { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() };
  const words = name.trim().split(/\s+/);
  if (words.length === 1) return { given: '', family: words[0] ?? '' };
  return { given: words.slice(0, -1).join(' '), family: words[words.length - 1]! };
}

// Lower case, no accents, no spaces, hyphens, dots or apostrophes: "Ze-qing" → "zeqing", "Erdős" → "erdos".
function compact(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s\-‐‑‒–—.'’]/g, '');
}

function addInitials(map: Map<string, Set<string>>, family: string, given: string): void {
  const parts = given.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[\s\-‐‑.]+/).filter(Boolean);
  if (parts.length === 0) return;
  const set = map.get(family) ?? new Set<string>();
  set.add(parts[0]![0]!);
  set.add(parts.map((p) => p[0]).join(''));
  map.set(family, set);
}

// "Z.", "Z", "Z.-Q.", "Z. Q." — every word one letter.
function isInitials(given: string): boolean {
  const parts = given.split(/[\s\-‐‑.]+/).filter(Boolean);
  return parts.length > 0 && parts.every((p) => [...p].length === 1);
}

function initialsOf(given: string): string {
  return given.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[\s\-‐‑.]+/).filter(Boolean).map((p) => p[0]).join('');
}
