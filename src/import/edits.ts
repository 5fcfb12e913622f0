/**
 * A page body being rewritten in stages while every line still knows which line of the original
 * file it came from, so that the report can say `file:line` after earlier stages moved things.
 */

export interface Doc {
  text: string;
  /** For each line of `text`, the 1-based line of the original file it came from. */
  origins: number[];
}

/** A replacement of `text[start, end)`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A document whose first line is line `firstLine` of its file. */
export function makeDoc(text: string, firstLine: number): Doc {
  const count = text.split('\n').length;
  return { text, origins: Array.from({ length: count }, (_, i) => firstLine + i) };
}

/** The original line of an offset into the document. */
export function lineAt(doc: Doc, offset: number): number {
  return lineFinder(doc)(offset);
}

// Stages ask for the line of every tag they report; finding the line starts once per document (documents are
// never changed in place: applyEdits makes a new one) keeps a page of 10,000 tags linear instead of quadratic.
const finders = new WeakMap<Doc, (offset: number) => number>();

// Binary search over the line starts, so that rewriting a long page stays linear-ish.
function lineFinder(doc: Doc): (offset: number) => number {
  let find = finders.get(doc);
  if (!find) finders.set(doc, (find = makeLineFinder(doc)));
  return find;
}

function makeLineFinder(doc: Doc): (offset: number) => number {
  const starts = [0];
  for (let i = doc.text.indexOf('\n'); i >= 0; i = doc.text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return doc.origins[lo] ?? doc.origins[doc.origins.length - 1] ?? 1;
  };
}

/** Applies non-overlapping edits; each new line takes the original line of its first character. */
export function applyEdits(doc: Doc, edits: readonly Edit[]): Doc {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const find = lineFinder(doc);
  let text = '';
  const origins: number[] = [];
  let lineOpen = false;
  const put = (chunk: string, originOf: (i: number) => number) => {
    for (let i = 0; i < chunk.length; i++) {
      if (!lineOpen) { origins.push(originOf(i)); lineOpen = true; }
      if (chunk.charCodeAt(i) === 10) lineOpen = false;
    }
    text += chunk;
  };
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    const from = pos;
    put(doc.text.slice(pos, e.start), (i) => find(from + i));
    const origin = find(e.start);
    put(e.text, () => origin);
    pos = e.end;
  }
  const from = pos;
  put(doc.text.slice(pos), (i) => find(from + i));
  if (!lineOpen) origins.push(find(doc.text.length));
  return { text, origins };
}

/** Offsets `[start, end)` of fenced code blocks (``` or ~~~), where nothing is rewritten. */
export function fencedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const re = /^ {0,3}(`{3,}|~{3,})[^\n]*$/gm;
  let open: { start: number; fence: string } | undefined;
  for (const m of text.matchAll(re)) {
    const fence = m[1]!;
    if (!open) open = { start: m.index, fence };
    else if (fence[0] === open.fence[0] && fence.length >= open.fence.length && m[0].trim() === fence) {
      ranges.push([open.start, m.index + m[0].length]);
      open = undefined;
    }
  }
  if (open) ranges.push([open.start, text.length]);
  return ranges;
}

/** The ranges sorted by start, overlapping or touching ones joined: what inRanges needs. */
export function mergeRanges(ranges: readonly [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** True when `offset` lies inside one of the ranges (sorted and apart, as fencedRanges and mergeRanges give them). */
export function inRanges(ranges: readonly [number, number][], offset: number): boolean {
  // Binary search: a page with thousands of code blocks asks this for every match it rewrites.
  let lo = 0, hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = ranges[mid]!;
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return true;
  }
  return false;
}
