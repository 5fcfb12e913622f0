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
  let line = 0;
  for (let i = doc.text.indexOf('\n'); i >= 0 && i < offset; i = doc.text.indexOf('\n', i + 1)) line++;
  return doc.origins[line] ?? doc.origins[doc.origins.length - 1] ?? 1;
}

/** Applies non-overlapping edits; lines an edit inserts take the original line where it starts. */
export function applyEdits(doc: Doc, edits: readonly Edit[]): Doc {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let text = '';
  const origins: number[] = [doc.origins[0] ?? 1];
  let pos = 0;
  const keep = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (doc.text.charCodeAt(i) === 10) origins.push(lineAt(doc, i + 1));
    text += doc.text.slice(from, to);
  };
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    keep(pos, e.start);
    const origin = lineAt(doc, e.start);
    for (const ch of e.text) if (ch === '\n') origins.push(origin);
    text += e.text;
    pos = e.end;
  }
  keep(pos, doc.text.length);
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

/** True when `offset` lies inside one of the ranges. */
export function inRanges(ranges: readonly [number, number][], offset: number): boolean {
  return ranges.some(([s, e]) => offset >= s && offset < e);
}
