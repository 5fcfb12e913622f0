import { inflateSync } from 'node:zlib';

/**
 * Every character a PDF's fonts can show, read from their ToUnicode maps (which glyph stands for which text).
 * Typst writes one map per embedded font subset with an entry for every glyph it used, and none for the empty
 * box it draws when no font has a character: a character of the CV missing from every map has no glyph.
 */
export function charactersWithGlyphs(pdf: Buffer): Set<string> {
  const text = pdf.toString('latin1');
  const chars = new Set<string>();
  for (const ref of new Set([...text.matchAll(/\/ToUnicode\s+(\d+)\s+0\s+R/g)].map((m) => m[1]!))) {
    const cmap = streamOf(pdf, text, ref);
    if (cmap !== undefined) for (const c of cmapTargets(cmap)) chars.add(c);
  }
  return chars;
}

// The stream of object `id`, inflated when it is compressed.
function streamOf(pdf: Buffer, text: string, id: string): string | undefined {
  const start = new RegExp(`(?:^|[\\r\\n])${id}\\s+0\\s+obj\\b`).exec(text);
  if (!start) return undefined;
  const dictEnd = text.indexOf('stream', start.index);
  const dataStart = dictEnd + 'stream'.length + (text[dictEnd + 6] === '\r' ? 2 : 1);
  const dataEnd = text.indexOf('endstream', dataStart);
  if (dictEnd < 0 || dataEnd < 0) return undefined;
  const data = pdf.subarray(dataStart, dataEnd);
  const compressed = /\/Filter\s*\/FlateDecode/.test(text.slice(start.index, dictEnd));
  try {
    return (compressed ? inflateSync(data) : data).toString('latin1');
  } catch {
    return undefined;
  }
}

// The text side of `bfchar` and `bfrange` entries: `<0001> <0048>`, `<0002> <0004> <0061>`, `<0005> <0006> [<…> <…>]`.
function cmapTargets(cmap: string): string[] {
  const out: string[] = [];
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]*)>/g)) out.push(...utf16(m[1]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]*)>|\[([^\]]*)\])/g)) {
      if (m[4] !== undefined) {
        for (const d of m[4].matchAll(/<([0-9A-Fa-f]*)>/g)) out.push(...utf16(d[1]!));
        continue;
      }
      const count = parseInt(m[2]!, 16) - parseInt(m[1]!, 16);
      const first = utf16(m[3]!).join('');
      const base = first.codePointAt(0);
      if (base === undefined || count < 0 || count > 0xffff) continue;
      for (let i = 0; i <= count; i++) out.push(String.fromCodePoint(base + i));
    }
  }
  return out;
}

// UTF-16BE hex → the characters it holds.
function utf16(hex: string): string[] {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return [...String.fromCharCode(...units)];
}
