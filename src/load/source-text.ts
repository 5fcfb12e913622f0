import type { Position } from '../diagnostics/diagnostic.js';

/** Text of one site file plus the means to turn offsets into 1-based line:col. */
export class SourceText {
  private lineStarts: number[] | undefined;

  /** `text` has any BOM removed; line ends are left as they were (CRLF counts as one break). */
  constructor(readonly file: string, readonly text: string) {}

  /** 1-based line and column of a 0-based offset into `text`. */
  position(offset: number): Position {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 };
  }

  /** The 1-based line of a 0-based offset; near the top of a file, without indexing every line of it. */
  lineOf(offset: number): number {
    if (this.lineStarts) return this.position(offset).line;
    let line = 1;
    for (let i = 0; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 10 || (c === 13 && this.text.charCodeAt(i + 1) !== 10)) line++;
    }
    return line;
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export type DecodeResult = { ok: true; text: string } | { ok: false; byteOffset: number };

/** Decodes UTF-8 strictly (dropping a BOM); on invalid bytes reports the offset of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, byteOffset: firstInvalidUtf8Byte(bytes) };
  }
}

// Walks the bytes by the UTF-8 rules to find where decoding first fails.
function firstInvalidUtf8Byte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i]!;
    const need = x < 0x80 ? 0 : x >= 0xc2 && x <= 0xdf ? 1 : x >= 0xe0 && x <= 0xef ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const y = b[i + k];
      if (y === undefined || (y & 0xc0) !== 0x80) return i;
    }
    if (need === 2 && ((x === 0xe0 && b[i + 1]! < 0xa0) || (x === 0xed && b[i + 1]! > 0x9f))) return i;
    if (need === 3 && ((x === 0xf0 && b[i + 1]! < 0x90) || (x === 0xf4 && b[i + 1]! > 0x8f))) return i;
    i += need + 1;
  }
  return b.length;
}
