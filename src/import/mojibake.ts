/**
 * Repairs mojibake: UTF-8 text that some tool decoded as Mac Roman or Windows-1252 and saved again
 * (`ÁéãÊ≥ΩÂçø` → `王泽卿`). Only a maximal run of non-ASCII characters is ever changed, and only when
 * exactly one code page turns the whole run back into valid UTF-8 that reads as plausible text.
 */
import { macRoman, windows1252, type CodePage } from './codepages.js';

/** One kind of repair (a run of text and what it became), with how often it was made. */
export interface MojibakeRepair {
  before: string;
  after: string;
  /** The code page the UTF-8 bytes had been read as. */
  codePage: string;
  /** True when a lost leading byte F0 (Mac Roman's Apple logo, often stripped) was restored. */
  restoredLead: boolean;
  /** How many times the run was repaired. */
  count: number;
  /** 0-based offsets in the original text of the first few repairs (at most EXAMPLES), in order. */
  offsets: number[];
}

/** A run that more than one code page could repair differently: left alone. */
export interface MojibakeAmbiguity {
  text: string;
  readings: string[];
  count: number;
  /** 0-based offsets of the first few (at most EXAMPLES), in order. */
  offsets: number[];
}

export interface MojibakeResult {
  text: string;
  /** Each kind of repair once, in the order of its first occurrence. */
  repairs: MojibakeRepair[];
  ambiguous: MojibakeAmbiguity[];
}

/** How many offsets each kind of repair keeps as examples. */
export const EXAMPLES = 3;

const PAGES: readonly CodePage[] = [macRoman, windows1252];
const BLOCK = 65536;

/** Finds and repairs every unambiguous mojibake run in `text`; repeated runs are counted, not listed. */
export function repairMojibake(text: string): MojibakeResult {
  // Real mojibake repeats the same few runs (`Ã©`, `â€”`) thousands of times: each is read once per file, and
  // each repair is a count and a few offsets, so a damaged megabyte holds no object per repair.
  const repairs = new Map<string, MojibakeRepair>();
  const ambiguous = new Map<string, MojibakeAmbiguity>();
  const known = new Map<string, Reading[]>();
  const repairRun = (run: string, offset: number): string => {
    let candidates = known.get(run);
    if (!candidates) known.set(run, (candidates = plausibleReadings(run)));
    if (candidates.length === 0) return run;
    const inWord = isAsciiLetter(text.charCodeAt(offset - 1)) || isAsciiLetter(text.charCodeAt(offset + run.length));
    // Distinct readings that fit here (two code pages may agree on one), first one kept for its page.
    const fitting: Reading[] = [];
    for (const reading of candidates) {
      if ((!inWord || reading.fitsLatinWord) && !fitting.some((f) => f.text === reading.text)) fitting.push(reading);
    }
    if (fitting.length === 1) {
      const how = fitting[0]!;
      const kind = repairs.get(run);
      if (kind) count(kind, offset);
      else repairs.set(run, { before: run, after: how.text, codePage: how.page, restoredLead: how.restoredLead, count: 1, offsets: [offset] });
      return how.text;
    }
    if (fitting.length > 1) {
      const readings = fitting.map((f) => f.text).sort();
      const key = [run, ...readings].join('\u0000');
      const kind = ambiguous.get(key);
      if (kind) count(kind, offset);
      else ambiguous.set(key, { text: run, readings, count: 1, offsets: [offset] });
    }
    return run;
  };
  // The text is rewritten a block at a time, each block cut where a run cannot be (at an ASCII character): one
  // replace over a whole megabyte of mojibake grew faster than the text (4 MB took 5x as long as 1 MB), as the
  // engine built one result out of a million pieces; blocks of 64 KB keep that work in proportion.
  const blocks: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + BLOCK);
    while (end < text.length && text.charCodeAt(end) >= 0x80) end++;
    blocks.push(text.slice(start, end).replace(/[^\x00-\x7f]+/g, (run: string, at: number) => repairRun(run, start + at)));
    start = end;
  }
  const repaired = blocks.join('');
  return { text: repaired, repairs: [...repairs.values()], ambiguous: [...ambiguous.values()] };
}

function count(kind: { count: number; offsets: number[] }, offset: number): void {
  kind.count++;
  if (kind.offsets.length < EXAMPLES) kind.offsets.push(offset);
}

interface Reading { text: string; page: string; restoredLead: boolean; fitsLatinWord: boolean }

// What each code page makes of the run, when that is valid UTF-8 and plausible text, in PAGES order.
function plausibleReadings(run: string): Reading[] {
  const out: Reading[] = [];
  for (const page of PAGES) {
    const reading = reread(run, page);
    if (!reading || !plausible(reading.text)) continue;
    out.push({ ...reading, page: page.name, fitsLatinWord: fitsLatinWord(reading.text) });
  }
  return out;
}

// Encodes the run back to the bytes the page would have shown it as, then decodes those as UTF-8.
function reread(run: string, page: CodePage): { text: string; restoredLead: boolean } | undefined {
  const bytes: number[] = [];
  for (const char of run) {
    const b = page.byteOf(char);
    if (b === undefined) return undefined;
    bytes.push(b);
  }
  return decodeUtf8Strict(bytes, page === macRoman);
}

/**
 * Strict UTF-8 decoding of `bytes`; undefined when any byte is out of place. With `restoreF0`, a
 * sequence `9F xx yy` standing where a lead byte is expected is read as `F0 9F xx yy` when that
 * gives an emoji (U+1F000–U+1FAFF): Mac Roman shows F0 as the private-use Apple logo, which
 * editors and web forms often drop.
 */
export function decodeUtf8Strict(bytes: readonly number[], restoreF0 = false): { text: string; restoredLead: boolean } | undefined {
  let text = '';
  let restoredLead = false;
  let i = 0;
  const cont = (k: number) => continuation(bytes, k);
  while (i < bytes.length) {
    const x = bytes[i]!;
    let cp: number;
    let len: number;
    if (x < 0x80) { cp = x; len = 1; }
    else if (x >= 0xc2 && x <= 0xdf) { len = 2; cp = ((x & 0x1f) << 6) | cont(i + 1); if (cont(i + 1) < 0) return undefined; }
    else if (x >= 0xe0 && x <= 0xef) {
      len = 3;
      const [a, b] = [cont(i + 1), cont(i + 2)];
      if (a < 0 || b < 0) return undefined;
      cp = ((x & 0x0f) << 12) | (a << 6) | b;
      if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    } else if (x >= 0xf0 && x <= 0xf4) {
      len = 4;
      const [a, b, c] = [cont(i + 1), cont(i + 2), cont(i + 3)];
      if (a < 0 || b < 0 || c < 0) return undefined;
      cp = ((x & 0x07) << 18) | (a << 12) | (b << 6) | c;
      if (cp < 0x10000 || cp > 0x10ffff) return undefined;
    } else if (restoreF0 && x === 0x9f && cont(i + 1) >= 0 && cont(i + 2) >= 0) {
      len = 3;
      cp = 0x1f000 | (cont(i + 1) << 6) | cont(i + 2);
      if (cp > 0x1faff) return undefined;
      restoredLead = true;
    } else return undefined;
    text += String.fromCodePoint(cp);
    i += len;
  }
  return { text, restoredLead };
}

// The payload bits of a continuation byte at `k`, or -1 when there is none.
function continuation(bytes: readonly number[], k: number): number {
  const b = bytes[k];
  return b !== undefined && b >= 0x80 && b <= 0xbf ? b & 0x3f : -1;
}

// A repair must give ordinary text: no controls, private-use or unassigned code points, no
// replacement character, and no combining mark with nothing to combine with.
function plausible(text: string): boolean {
  if (/^\p{M}/u.test(text)) return false;
  return !/[\p{Cc}\p{Co}\p{Cn}\p{Cs}\uFFFD]/u.test(text);
}

// A run touching ASCII letters is part of a Latin-script word: a reading that puts an Armenian,
// Cyrillic or other alphabet's letter there (`l’État` → `lՃtat`) is correct text, not mojibake.
// Accented Latin letters and CJK (`VLM模型`) can stand there.
function fitsLatinWord(reading: string): boolean {
  return [...reading].every((c) => !/\p{L}/u.test(c) || (/[\u00c0-\u024f]/.test(c) && !/[\u01c0-\u01c3]/.test(c))
    || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(c));
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
