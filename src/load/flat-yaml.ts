// A line scanner for "flat" YAML: `key: value` lines only, as almost every post's front matter is. The yaml
// package's parseDocument costs far more than such text needs; this reads it directly and gives up (returns
// undefined) on anything it does not fully understand, so the caller can hand that text to the full parser.
// Whatever it accepts must come out exactly as loadYaml's value would: scalars are resolved by the YAML 1.2
// core schema rules below, copied in behaviour (not code) from the yaml package's core tags.
import { tooDeepFlow } from './yaml-scan.js';

/** What the scanner read: the plain value (a map, or null for text with only blanks and comments). */
export interface FlatYaml {
  value: Record<string, unknown> | null;
}

// Control characters, C1 codes, BOM, JS line separators, non-characters, lone CR and lone surrogates: the yaml
// package treats some of these specially (or errs), so such text is left to it.
const AWKWARD = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\uFEFF\uFFFE\uFFFF]|\r(?!\n)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BLANK_OR_COMMENT = /^ *(?:#.*)?$/;
// `key:` then nothing, or one or more spaces and the rest of the line.
const ENTRY = /^([A-Za-z_][A-Za-z0-9_-]*):(?:$| +(.*)$)/;
// After a closing quote or bracket: only spaces, then maybe a comment (which needs a space before its #).
const TAIL = /^(?: +(?:#.*)?)?$/;
// A plain scalar may not start with an indicator; `-` is fine before a digit or dot (negative numbers).
const PLAIN_START = /^(?:[^-?:,[\]{}#&*!|>'"%@`]|-[0-9.])/;
// A list item we are sure about: plain words, numbers and simple paths, no quotes, colons or brackets.
const LIST_ITEM = /^(?:[A-Za-z0-9_]|[-+.][A-Za-z0-9_])[A-Za-z0-9_.+\-/ ]*$/;
// Keys the full loader refuses; it reports them, so the scanner leaves them to it.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// The yaml package refuses implicit keys longer than 1024 characters; stay well below.
const MAX_KEY = 1000;

/** Reads flat `key: value` YAML; undefined means "not flat enough, use the full parser". */
export function scanFlatYaml(text: string): FlatYaml | undefined {
  if (AWKWARD.test(text)) return undefined;
  // The full loader refuses deep bracket nesting before parsing, even inside some quoted strings; same check.
  if ((text.includes('[') || text.includes('{')) && tooDeepFlow(text) !== undefined) return undefined;
  const lines = text.split(/\r?\n/);
  let value: Record<string, unknown> | null = null;
  for (const line of lines) {
    if (BLANK_OR_COMMENT.test(line)) continue;
    const entry = ENTRY.exec(line);
    if (!entry) return undefined;
    const key = resolveKey(entry[1]!);
    if (key === undefined || FORBIDDEN_KEYS.has(key)) return undefined;
    value ??= {};
    if (Object.hasOwn(value, key)) return undefined; // duplicate: the full loader reports it
    const scalar = readValue(entry[2] ?? '');
    if (scalar === NOT_FLAT) return undefined;
    value[key] = scalar;
  }
  return { value };
}

const NOT_FLAT = Symbol('not flat');

// Keys are scalars too: `True:` is the key "true", `null:` is not a usable key at all.
function resolveKey(raw: string): string | undefined {
  if (raw.length > MAX_KEY) return undefined;
  const key = resolveScalar(raw);
  if (typeof key === 'string') return key;
  return typeof key === 'boolean' ? String(key) : undefined;
}

// `rest` is what follows `key: ` with the leading spaces gone: empty, a comment, a quoted string, a list or plain.
function readValue(rest: string): unknown {
  if (rest === '' || rest[0] === '#') return null;
  if (rest[0] === '"') return readDoubleQuoted(rest);
  if (rest[0] === "'") return readSingleQuoted(rest);
  if (rest[0] === '[') return readList(rest);
  return readPlain(rest);
}

function readDoubleQuoted(rest: string): unknown {
  const close = rest.indexOf('"', 1);
  if (close < 0) return NOT_FLAT;
  const body = rest.slice(1, close);
  // Escapes would need decoding exactly as YAML does; not worth it for front matter.
  if (body.includes('\\')) return NOT_FLAT;
  return TAIL.test(rest.slice(close + 1)) ? body : NOT_FLAT;
}

function readSingleQuoted(rest: string): unknown {
  let out = '';
  let from = 1;
  for (;;) {
    const quote = rest.indexOf("'", from);
    if (quote < 0) return NOT_FLAT;
    out += rest.slice(from, quote);
    if (rest[quote + 1] !== "'") return TAIL.test(rest.slice(quote + 1)) ? out : NOT_FLAT;
    out += "'"; // '' is an escaped quote
    from = quote + 2;
  }
}

// A one-line flow list of plain items such as `[a, b, machine learning]`; anything fancier is left alone.
function readList(rest: string): unknown {
  const close = rest.indexOf(']');
  if (close < 0 || !TAIL.test(rest.slice(close + 1))) return NOT_FLAT;
  const inner = rest.slice(1, close);
  if (/^ *$/.test(inner)) return [];
  const items: unknown[] = [];
  for (const raw of inner.split(',')) {
    const item = trimSpaces(raw);
    if (!LIST_ITEM.test(item)) return NOT_FLAT; // also catches the empty item of a trailing comma
    items.push(resolveScalar(item));
  }
  return items;
}

function readPlain(rest: string): unknown {
  if (!PLAIN_START.test(rest)) return NOT_FLAT;
  const comment = rest.indexOf(' #');
  const text = trimSpaces(comment < 0 ? rest : rest.slice(0, comment));
  // `: ` or a final `:` would start a nested map; brackets are flow syntax we do not try to read.
  if (text.includes(': ') || text.endsWith(':') || /[[\]{}]/.test(text)) return NOT_FLAT;
  return resolveScalar(text);
}

// Only spaces: YAML does not trim other whitespace (String.prototype.trim would also drop U+00A0 and friends).
function trimSpaces(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) === 32) start++;
  while (end > start && s.charCodeAt(end - 1) === 32) end--;
  return s.slice(start, end);
}

// The YAML 1.2 core schema, tried in the yaml package's order; the first rule that matches wins.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
// Every non-string form starts with one of these; most words skip the regexes entirely.
const SPECIAL_START = /^[~nNtTfF0-9+\-.]/;

/** Resolves a plain scalar as parseDocument with `{ version: '1.2', schema: 'core' }` does. */
export function resolveScalar(s: string): unknown {
  if (s === '' || NULL.test(s)) return null;
  if (!SPECIAL_START.test(s)) return s;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT_OCT.test(s)) return parseInt(s.slice(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.slice(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}
