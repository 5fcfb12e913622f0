import { isScalar, type Scalar } from 'yaml';
import type { Position } from '../diagnostics/diagnostic.js';
import type { YamlFile } from './yaml.js';

/**
 * Where a run of a text value starts in its file: value line `line` (0-based) from column `col` on is file
 * line `fileLine` from column `fileCol` on.
 */
export interface OriginSegment {
  line: number;
  col: number;
  fileLine: number;
  fileCol: number;
}

/**
 * Where the characters of a text value (a Markdown body) are in its file, so that a mistake found in the
 * value is reported at its own line:col. A value line without a segment of its own follows the last segment
 * line by line, as the lines of a Markdown file's body do.
 */
export interface TextOrigin {
  segments: readonly OriginSegment[];
}

/** The origin of a body that starts on line `fileLine` of its file and is copied line by line. */
export function linesFrom(fileLine: number): TextOrigin {
  return { segments: [{ line: 0, col: 1, fileLine, fileCol: 1 }] };
}

/** The file position of value line `line` (0-based), column `col` (1-based). */
export function positionInFile(origin: TextOrigin, line: number, col: number): Position {
  let seg = origin.segments[0]!;
  for (const s of origin.segments) {
    if (s.line < line || (s.line === line && s.col <= col)) seg = s;
    else break;
  }
  if (seg.line === line) return { line: seg.fileLine, col: seg.fileCol + Math.max(0, col - seg.col) };
  return { line: seg.fileLine + (line - seg.line), col };
}

/**
 * The origin of the string at `path` of a YAML file. YAML strips a block scalar's indentation and folds the
 * lines of `>` blocks and of quoted and plain scalars, so the value is matched against its source: every run
 * that starts after skipped indentation or a folded line break gets a segment. Where the two cannot be
 * matched (escape sequences), the rest of the value follows the last matched point line by line.
 */
export function scalarOrigin(file: YamlFile, path: readonly (string | number)[]): TextOrigin | undefined {
  const node = file.doc.getIn(path, true);
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const text = file.source.text;
  const segments: OriginSegment[] = [];
  const add = (line: number, col: number, offset: number) => {
    const at = file.source.position(offset);
    segments.push({ line, col, fileLine: at.line, fileCol: at.col });
  };
  const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  let s = contentStart(node, text);
  const end = node.range[1];
  const indent = block ? blockIndent(text, s, end) : 0;
  // After a line break of the source: a block scalar's indentation is not part of the value.
  const skipIndent = () => {
    for (let k = 0; block && k < indent && text[s] === ' '; k++) s++;
  };
  const escapes = node.type === 'QUOTE_DOUBLE';
  let line = 0, col = 1, fresh = true;
  skipIndent();
  for (const ch of node.value) {
    const from = s;
    while (s < end && text[s] !== ch && !(ch === ' ' && text[s] === '\n') && skippable(text, s, escapes)) {
      s++;
      if (text[s - 1] === '\n') skipIndent();
    }
    const folded = ch === ' ' && text[s] === '\n';
    const escape = escapes && text[s] === '\\' ? escapeLength(text, s) : 0;
    if (s >= end || (text[s] !== ch && !folded && !escape)) break;
    if (s > from || fresh) add(line, col, s);
    fresh = folded || ch === '\n' || escape > 0;
    // A quote written twice inside single quotes is one quote of the value.
    s += escape || (node.type === 'QUOTE_SINGLE' && ch === "'" && text[s + 1] === "'" ? 2 : ch.length);
    if (ch === '\n') {
      line++;
      col = 1;
    } else col += ch.length;
    if (fresh) skipIndent();
  }
  if (!segments.length) add(0, 1, contentStart(node, text));
  return { segments };
}

// Source text that stands for nothing in the value: indentation, line breaks that were folded, and in double
// quotes a backslash that escapes a line break.
function skippable(text: string, s: number, escapes: boolean): boolean {
  if (/[ \t\r\n]/.test(text[s]!)) return true;
  return escapes && text[s] === '\\' && /[\r\n]/.test(text[s + 1] ?? '');
}

// The length of the escape sequence at `s` in double quotes (`\u00e9` is 6), 0 for an escaped line break.
function escapeLength(text: string, s: number): number {
  const next = text[s + 1] ?? '';
  if (/[\r\n]/.test(next)) return 0;
  return next === 'x' ? 4 : next === 'u' ? 6 : next === 'U' ? 10 : 2;
}

// The indentation of a block scalar's content: that of its first line that is not blank.
function blockIndent(text: string, start: number, end: number): number {
  const m = /^(?:[ \t]*\r?\n)*( *)/.exec(text.slice(start, end));
  return m ? m[1]!.length : 0;
}

// The offset of a scalar's first character of content: after the header line of a block scalar, after a quote.
function contentStart(node: Scalar, text: string): number {
  const start = node.range![0];
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const nl = text.indexOf('\n', start);
    return nl < 0 ? text.length : nl + 1;
  }
  return node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? start + 1 : start;
}
