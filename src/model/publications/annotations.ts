/**
 * BibLaTeX name annotations: `author+an = {1=equal; 2=equal,highlight; 3:family=corresponding}`.
 * Returns the annotation words for each 1-based author position.
 */
export function parseAnnotations(value: string, authorCount: number, warn: (message: string) => void): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const item of value.split(';').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\d+)(?::[A-Za-z]+)?\s*=\s*(.+)$/.exec(item);
    if (!m) {
      warn(`Cannot read the name annotation "${item}"`);
      continue;
    }
    const index = Number(m[1]);
    if (index < 1 || index > authorCount) {
      warn(`The name annotation "${item}" points at author ${index}, but there ${authorCount === 1 ? 'is 1 author' : `are ${authorCount} authors`}`);
      continue;
    }
    const words = m[2]!.split(',').map((w) => w.trim().replace(/^"|"$/g, '').toLowerCase()).filter(Boolean);
    const set = out.get(index) ?? new Set<string>();
    for (const w of words) set.add(w === 'me' || w === 'owner' || w === 'self' ? 'highlight' : w);
    out.set(index, set);
  }
  return out;
}
