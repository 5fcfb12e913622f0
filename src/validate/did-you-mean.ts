/** The closest candidate to `word` by edit distance, if it is close enough to be a likely typo. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor(word.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

/**
 * The name a mistaken one most likely meant: the closest by edit distance when that is a likely typo, else the
 * name whose first word it is, singular or plural (`news` → `news_item`, `projects` → `project_card`).
 */
export function nearestName(word: string, names: readonly string[]): string | undefined {
  const typo = didYouMean(word, names);
  if (typo) return typo;
  const lower = word.toLowerCase().replace(/[-\s]+/g, '_');
  const stems = new Set([lower, lower.replace(/e?s$/, '')]);
  return [...names].sort().find((name) => stems.has(name.toLowerCase().split('_')[0]!));
}

// Damerau–Levenshtein (optimal string alignment): a swapped pair of letters is one typo, not two.
function editDistance(a: string, b: string): number {
  const rows = a.length + 1, cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
