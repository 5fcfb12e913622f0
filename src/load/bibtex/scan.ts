/**
 * A structural scanner for BibTeX: finds entries, fields, `@string`s and their offsets, and reports
 * unbalanced braces and syntax errors at the place they happen. LaTeX inside values is left alone here.
 */

export type BibPartKind = 'braced' | 'quoted' | 'number' | 'macro';

/** One piece of a value; pieces are joined with `#`. `text` is the inner text (without the delimiters). */
export interface BibPart {
  kind: BibPartKind;
  text: string;
  offset: number;
}

export interface BibField {
  /** Lower-case field name, e.g. `title`, `author+an`. */
  name: string;
  offset: number;
  /** Offset just past the value (before any trailing comma). */
  end: number;
  parts: BibPart[];
}

export interface BibChunk {
  /** Lower-case entry type, e.g. `inproceedings`. */
  type: string;
  key: string;
  /** Offset of the `@`. */
  offset: number;
  keyOffset: number;
  /** Offset just past the closing delimiter. */
  end: number;
  fields: BibField[];
}

export interface BibStringDef {
  name: string;
  offset: number;
  parts: BibPart[];
}

export interface ScanProblem {
  rule: string;
  offset: number;
  message: string;
  hint?: string;
}

export interface ScanResult {
  entries: BibChunk[];
  strings: BibStringDef[];
  problems: ScanProblem[];
}

class Stop {
  constructor(readonly problem: ScanProblem, readonly resumeAt: number) {}
}

const NEXT_ENTRY = /\n[ \t]*@[A-Za-z]+[ \t]*[{(]/g;
// Sticky patterns read tokens in place: no substring per token (this scanner runs over 10,000-entry files).
const HEAD = /@[ \t]*([A-Za-z]+)[ \t\r\n]*([{(])/y;
const NAME = /[^\s=,{}"#()]+/y;
const KEY = /[^\s,{}()"#=]+/y;

function sticky(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  return re.exec(text)?.[0];
}

// Offsets where a line starts with `@word{`, found once per file; value scans stop at the next one.
let boundaries: { text: string; starts: number[] } | undefined;

/** Splits BibTeX source into entries and `@string` definitions; never throws. */
export function scanBibtex(text: string): ScanResult {
  const result: ScanResult = { entries: [], strings: [], problems: [] };
  let pos = 0;
  let previous: BibChunk | undefined;
  while (pos < text.length) {
    const at = text.indexOf('@', pos);
    const gapEnd = at < 0 ? text.length : at;
    reportStrayClosers(text, pos, gapEnd, previous, result);
    if (at < 0) break;
    HEAD.lastIndex = at;
    const head = HEAD.exec(text);
    if (!head) {
      pos = at + 1;
      continue;
    }
    const type = head[1]!.toLowerCase();
    const open = at + head[0].length - 1;
    try {
      if (type === 'comment' || type === 'preamble') {
        pos = skipGroup(text, open);
      } else if (type === 'string') {
        pos = scanString(text, open, result);
      } else {
        const chunk = scanEntry(text, at, type, open);
        result.entries.push(chunk);
        previous = chunk;
        pos = chunk.end;
      }
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
      result.problems.push(error.problem);
      pos = error.resumeAt;
    }
  }
  return result;
}

// Text between entries is a comment to BibTeX, but a `}` there almost always means an entry closed too early.
function reportStrayClosers(text: string, from: number, to: number, previous: BibChunk | undefined, result: ScanResult): void {
  if (previous === undefined || previous.end !== from) return;
  let brace = text.indexOf('}', from);
  // A `%` line is a comment; braces in it mean nothing.
  while (brace >= 0 && brace < to && /^[ \t]*%/.test(text.slice(text.lastIndexOf('\n', brace) + 1, brace))) brace = text.indexOf('}', brace + 1);
  if (brace < 0 || brace >= to) return;
  result.problems.push({
    rule: 'bibtex-unbalanced-braces',
    offset: brace,
    message: `Unbalanced braces: this "}" has no matching "{" (entry "${previous.key}" ended before it).`,
    hint: 'Remove the extra "}" or add the missing "{" in the entry above.',
  });
}

function nextEntryStart(text: string, from: number): number {
  if (boundaries?.text !== text) {
    const starts: number[] = [];
    for (const m of text.matchAll(NEXT_ENTRY)) starts.push(m.index + 1);
    boundaries = { text, starts };
  }
  const starts = boundaries.starts;
  let lo = 0, hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  return starts[lo] ?? text.length;
}

function skipGroup(text: string, open: number): number {
  const paren = text[open] === '(';
  let depth = paren ? 0 : 1;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    if ((paren && c === ')' && depth === 0) || (!paren && depth === 0)) return i + 1;
  }
  return text.length;
}

function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0xa0 || c === 0xfeff) i++;
    else return i;
  }
}

function scanString(text: string, open: number, result: ScanResult): number {
  let i = skipSpace(text, open + 1);
  const name = sticky(NAME, text, i);
  if (!name) throw new Stop({ rule: 'bibtex-syntax', offset: i, message: 'Expected a name after @string{.', hint: 'Write @string{name = {value}}.' }, nextEntryStart(text, i));
  const nameOffset = i;
  i = skipSpace(text, i + name.length);
  if (text[i] !== '=') throw new Stop({ rule: 'bibtex-syntax', offset: i, message: `Expected "=" after @string name "${name}".` }, nextEntryStart(text, i));
  const { parts, end } = scanValue(text, skipSpace(text, i + 1), { string: name }, open);
  result.strings.push({ name: name.toLowerCase(), offset: nameOffset, parts });
  i = skipSpace(text, end);
  const close = text[open] === '(' ? ')' : '}';
  if (text[i] !== close) throw new Stop({ rule: 'bibtex-syntax', offset: i, message: `Expected "${close}" to end @string "${name}".` }, nextEntryStart(text, i));
  return i + 1;
}

function scanEntry(text: string, at: number, type: string, open: number): BibChunk {
  const close = text[open] === '(' ? ')' : '}';
  let i = skipSpace(text, open + 1);
  const key = sticky(KEY, text, i) ?? '';
  if (!key) throw new Stop({ rule: 'bibtex-syntax', offset: i, message: `The @${type} entry has no citation key.`, hint: `Write @${type}{key, … }.` }, nextEntryStart(text, i));
  const chunk: BibChunk = { type, key, offset: at, keyOffset: i, end: 0, fields: [] };
  i = skipSpace(text, i + key.length);
  for (;;) {
    if (text[i] === ',') i = skipSpace(text, i + 1);
    if (text[i] === close) {
      chunk.end = i + 1;
      return chunk;
    }
    if (i >= text.length || text[i] === '@') {
      const culprit = swallowingField(chunk);
      if (culprit) throw new Stop(culprit, i);
      throw new Stop({
        rule: 'bibtex-unbalanced-braces', offset: at,
        message: `Unbalanced braces: entry "${key}" is never closed.`,
        hint: `Add the missing "${close}" at the end of the entry, or check the braces inside its fields.`,
      }, i);
    }
    const name = sticky(NAME, text, i);
    if (!name) throw new Stop({ rule: 'bibtex-syntax', offset: i, message: `Unexpected "${text[i]}" in entry "${key}"; expected a field name.`, hint: 'Fields look like name = {value}, separated by commas.' }, nextEntryStart(text, i));
    const nameOffset = i;
    i = skipSpace(text, i + name.length);
    if (text[i] !== '=') throw new Stop({ rule: 'bibtex-syntax', offset: i, message: `Expected "=" after field "${name}" in entry "${key}".`, hint: 'A comma may be missing after the previous field.' }, nextEntryStart(text, i));
    const value = scanValue(text, skipSpace(text, i + 1), { field: name.toLowerCase(), key }, at);
    chunk.fields.push({ name: name.toLowerCase(), offset: nameOffset, end: value.end, parts: value.parts });
    i = skipSpace(text, value.end);
    if (text[i] !== ',' && text[i] !== close) {
      if (i >= text.length || text[i] === '@') continue; // reported as an unclosed entry on the next turn
      throw new Stop({ rule: 'bibtex-syntax', offset: i, message: `Expected "," or "${close}" after field "${name}" in entry "${key}".`, hint: 'A comma may be missing between two fields.' }, nextEntryStart(text, i));
    }
  }
}

// When an entry never closes, a value that ran on over the next field's `name =` line is the likely cause.
function swallowingField(chunk: BibChunk): ScanProblem | undefined {
  for (const field of chunk.fields) {
    for (const part of field.parts) {
      const next = /\n\s*([A-Za-z][\w+-]*)\s*=/.exec(part.text);
      if (part.kind === 'braced' && next) {
        return {
          rule: 'bibtex-unbalanced-braces', offset: part.offset,
          message: `Unbalanced braces: the "{" that opens field "${field.name}" of entry "${chunk.key}" is never closed.`,
          hint: `The value runs on into the "${next[1]}" line; add the missing "}".`,
        };
      }
    }
  }
  return undefined;
}

// What a value belongs to, spelled out only when a message needs it.
type Owner = { field: string; key: string } | { string: string };

function describe(owner: Owner): string {
  return 'string' in owner ? `@string "${owner.string}"` : `field "${owner.field}" of entry "${owner.key}"`;
}

function isDigits(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function scanValue(text: string, start: number, what: Owner, entryOffset: number): { parts: BibPart[]; end: number } {
  const parts: BibPart[] = [];
  let i = start;
  for (;;) {
    const c = text[i];
    if (c === '{' || c === '"') {
      const end = c === '{' ? matchBrace(text, i, what) : matchQuote(text, i, what);
      parts.push({ kind: c === '{' ? 'braced' : 'quoted', text: text.slice(i + 1, end), offset: i });
      i = end + 1;
    } else {
      const word = sticky(NAME, text, i);
      if (!word) throw new Stop({ rule: 'bibtex-syntax', offset: i, message: `Missing value for ${describe(what)}.`, hint: 'Write the value in braces: name = {value}.' }, nextEntryStart(text, Math.max(i, entryOffset)));
      parts.push({ kind: isDigits(word) ? 'number' : 'macro', text: word, offset: i });
      i += word.length;
    }
    const after = skipSpace(text, i);
    if (text[after] !== '#') return { parts, end: i };
    i = skipSpace(text, after + 1);
  }
}

// A brace group ends at its match; when the next entry begins first, the group was never closed.
function matchBrace(text: string, open: number, what: Owner): number {
  let depth = 0;
  const limit = nextEntryStart(text, open);
  for (let i = open; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return i;
  }
  throw new Stop({
    rule: 'bibtex-unbalanced-braces', offset: open,
    message: `Unbalanced braces: the "{" that opens ${describe(what)} is never closed.`,
    hint: 'Add the missing "}" (every "{" inside a value needs its own "}").',
  }, limit);
}

function matchQuote(text: string, open: number, what: Owner): number {
  let depth = 0;
  const limit = nextEntryStart(text, open);
  for (let i = open + 1; i < limit; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '"' && depth === 0) return i;
  }
  throw new Stop({
    rule: depth === 0 ? 'bibtex-syntax' : 'bibtex-unbalanced-braces', offset: open,
    message: depth === 0 ? `The quote that opens ${describe(what)} is never closed.` : `Unbalanced braces in ${describe(what)}.`,
    hint: depth === 0 ? 'Add the closing ".' : 'Every "{" inside a value needs its own "}".',
  }, limit);
}
