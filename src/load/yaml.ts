import { isAlias, type Alias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { DiagnosticBag, Position } from '../diagnostics/diagnostic.js';
import { scanFlatYaml } from './flat-yaml.js';
import { SourceText } from './source-text.js';
import { MAX_FLOW_DEPTH, openingBracket, tabIndent, tooDeepFlow } from './yaml-scan.js';

/**
 * A parsed YAML file: the plain value plus the document, kept to point diagnostics at keys and values. `doc`
 * may be a getter that parses on first use (see loadFlatYaml): read it only when a position is needed.
 */
export interface YamlFile {
  readonly source: SourceText;
  readonly doc: Document.Parsed;
  readonly value: unknown;
}

export type PathSegment = string | number;

// Keys that would reach Object.prototype if a consumer ever merged the value naively.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// Alias expansion is counted per file: a "billion laughs" document stops here instead of eating memory.
const MAX_ALIAS_NODES = 10_000;
// Duplicate keys are found in our own walk: the package's check compares every key with every other one.
const PARSE_OPTIONS = { version: '1.2', schema: 'core', uniqueKeys: false, prettyErrors: false, strict: true } as const;

/**
 * Like loadYaml, but flat `key: value` text (typical front matter) is read by a line scanner, and its document
 * is parsed only if something asks for `doc` (a diagnostic's position). Same value, same diagnostics.
 */
export function loadFlatYaml(source: SourceText, bag: DiagnosticBag): YamlFile | undefined {
  const flat = scanFlatYaml(source.text);
  if (flat === undefined) return loadYaml(source, bag);
  let doc: Document.Parsed | undefined;
  // The scanner only accepts text the full loader takes without a diagnostic, so parsing later loses nothing.
  return { source, value: flat.value, get doc() { return (doc ??= parseDocument(source.text, PARSE_OPTIONS)); } };
}

/** Parses YAML 1.2 (core schema), reporting syntax errors, duplicate keys, unsafe keys and alias bombs. */
export function loadYaml(source: SourceText, bag: DiagnosticBag): YamlFile | undefined {
  // The yaml package recurses per level: thousands of unclosed [ or { overflow the stack, and at some depths
  // V8 aborts the whole process. Refuse such input before parsing.
  const deep = tooDeepFlow(source.text);
  if (deep !== undefined) {
    bag.error('yaml-too-deep', source.file, source.position(deep), TOO_DEEP.message, TOO_DEEP.hint);
    return undefined;
  }
  const doc = parseDocument(source.text, PARSE_OPTIONS);
  let failed = false;
  const tabLines = new Set<number>();
  let tooDeep = false;
  for (const error of doc.errors) {
    failed = true;
    if (error.code === 'RESOURCE_EXHAUSTION') {
      if (!tooDeep) bag.error('yaml-too-deep', source.file, source.position(error.pos[0]), TOO_DEEP.message, TOO_DEEP.hint);
      tooDeep = true;
      continue;
    }
    const position = source.position(error.pos[0]);
    // A tab in the indentation confuses the parser into several unrelated-sounding errors on that line; say "tab" once.
    const tab = tabIndent(source.text, error.pos[0]);
    if (tab !== undefined) {
      if (!tabLines.has(position.line)) bag.error('yaml-tab', source.file, { line: position.line, col: tab }, TAB.message, TAB.hint);
      tabLines.add(position.line);
      continue;
    }
    const { message, hint, rule } = describeYamlError(error.code, error.message);
    const opening = rule === 'yaml-unclosed-flow' ? openingBracket(source.text, error.pos[0]) : undefined;
    bag.error(rule, source.file, opening !== undefined ? source.position(opening) : position, message, hint);
  }
  for (const warning of doc.warnings) {
    bag.warn('yaml-warning', source.file, source.position(warning.pos[0]), firstSentence(warning.message));
  }
  if (failed) return undefined;
  const state: WalkState = { aliasNodes: 0, ok: true, reported: new Set() };
  const value = toPlain(doc.contents, doc, source, bag, state);
  return state.ok ? { source, doc, value } : undefined;
}

interface WalkState {
  aliasNodes: number;
  ok: boolean;
  /** The outermost alias being expanded: the place to point at when expansion runs away. */
  origin?: Node;
  /** Key nodes already reported, so a map reached through several aliases is reported once. */
  reported: Set<unknown>;
}

function toPlain(node: unknown, doc: Document.Parsed, source: SourceText, bag: DiagnosticBag, state: WalkState): unknown {
  if (node === null || node === undefined) return null;
  if (isAlias(node)) {
    const outermost = state.origin === undefined;
    if (outermost) state.origin = node;
    try {
      return expandAlias(node, doc, source, bag, state);
    } finally {
      if (outermost) state.origin = undefined;
    }
  }
  return toPlainNode(node, doc, source, bag, state);
}

function expandAlias(node: Alias, doc: Document.Parsed, source: SourceText, bag: DiagnosticBag, state: WalkState): unknown {
  {
    const target = node.resolve(doc);
    state.aliasNodes += countNodes(target, MAX_ALIAS_NODES);
    if (state.aliasNodes > MAX_ALIAS_NODES) {
      if (state.ok) {
        bag.error('yaml-alias-bomb', source.file, at(source, state.origin ?? node), 'This alias expands to too much data.',
          `Aliases in one file may expand to at most ${MAX_ALIAS_NODES} values; write the data out or use fewer nested aliases.`);
      }
      state.ok = false;
      return null;
    }
    return toPlain(target, doc, source, bag, state);
  }
}

function toPlainNode(node: unknown, doc: Document.Parsed, source: SourceText, bag: DiagnosticBag, state: WalkState): unknown {
  if (isScalar(node)) return node.value ?? null;
  if (isSeq(node)) return node.items.map((item) => toPlain(item, doc, source, bag, state));
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
        bag.error('yaml-complex-key', source.file, at(source, pair.key as Node), 'Keys must be plain words, not lists or maps.');
        state.ok = false;
        continue;
      }
      const name = String(key);
      if (FORBIDDEN_KEYS.has(name)) {
        bag.error('yaml-forbidden-key', source.file, at(source, pair.key as Node), `The key "${name}" is not allowed.`,
          'Keys named __proto__, constructor or prototype are refused because they can change how every object behaves.');
        state.ok = false;
        continue;
      }
      if (seen.has(name)) {
        if (!state.reported.has(pair.key)) bag.error('yaml-duplicate-key', source.file, at(source, pair.key as Node), DUPLICATE.message, DUPLICATE.hint);
        state.reported.add(pair.key);
        state.ok = false;
        continue;
      }
      seen.add(name);
      out[name] = toPlain(pair.value, doc, source, bag, state);
    }
    return out;
  }
  return null;
}

// Counts nodes under `node`, stopping early once past `limit` so counting itself stays cheap.
function countNodes(node: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [node];
  while (stack.length && count <= limit) {
    const n = stack.pop();
    count++;
    if (isSeq(n)) stack.push(...n.items);
    else if (isMap(n)) for (const p of n.items) stack.push(p.value);
    else if (isAlias(n)) count += 1; // nested aliases are counted when they are expanded themselves
  }
  return count;
}

function at(source: SourceText, node: Node | null | undefined): Position | undefined {
  return node?.range ? source.position(node.range[0]) : undefined;
}

/** Position of the value at `path` (or of its key with `which: 'key'`); falls back to the nearest parent. */
export function positionOf(file: YamlFile, path: readonly PathSegment[], which: 'key' | 'value' = 'value'): Position {
  let node: unknown = file.doc.contents;
  let best: Position = at(file.source, node as Node) ?? { line: 1, col: 1 };
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (isAlias(node)) node = node.resolve(file.doc);
    let next: unknown;
    let pair: Pair | undefined;
    if (isMap(node)) {
      pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      next = pair?.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    }
    if (pair && i === path.length - 1 && which === 'key') return at(file.source, pair.key as Node) ?? best;
    if (next === undefined || next === null) {
      return pair ? at(file.source, pair.key as Node) ?? best : best;
    }
    node = next;
    best = at(file.source, node as Node) ?? best;
  }
  return best;
}

/** The exact source text of the scalar at `path`, for hints such as `quote it: "1.10"`. */
export function sourceTextOf(file: YamlFile, path: readonly PathSegment[]): string | undefined {
  const node = file.doc.getIn(path, true);
  if (isScalar(node) && node.range) return file.source.text.slice(node.range[0], node.range[1]);
  return undefined;
}

function describeYamlError(code: string, raw: string): { message: string; hint?: string; rule: string } {
  switch (code) {
    case 'DUPLICATE_KEY':
      return { rule: 'yaml-duplicate-key', ...DUPLICATE };
    case 'TAB_AS_INDENT':
      return { rule: 'yaml-tab', ...TAB };
    case 'BAD_INDENT':
      if (/^Flow (sequence|map) in block collection/.test(raw)) {
        const [open, close] = raw.startsWith('Flow map') ? ['{', '}'] : ['[', ']'];
        return { rule: 'yaml-unclosed-flow', message: `This ${open} is never closed with ${close}.`,
          hint: `Add the closing ${close}, or put the value in quotes if the ${open} is part of the text.` };
      }
      return { rule: 'yaml-syntax', message: 'The indentation here does not line up.', hint: 'Items at the same level must start in the same column.' };
    case 'MISSING_CHAR':
      if (raw.startsWith('Missing closing')) return { rule: 'yaml-syntax', message: 'A quoted string is never closed.', hint: 'Add the closing quote at the end of the value that starts with a quote.' };
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return { rule: 'yaml-syntax', message: firstSentence(raw), hint: 'A closing quote or bracket may be missing, or a `key: value` line may be missing its colon.' };
    case 'BAD_ALIAS':
      return { rule: 'yaml-syntax', message: firstSentence(raw), hint: 'An alias (*name) must refer to an anchor (&name) defined earlier.' };
    default:
      return { rule: 'yaml-syntax', message: firstSentence(raw), hint: 'Check the YAML syntax near this position.' };
  }
}

const DUPLICATE = { message: 'This key appears twice in the same map.', hint: 'Keep one of them; YAML does not allow repeated keys.' };
const TOO_DEEP = { message: `Lists and maps are nested more than ${MAX_FLOW_DEPTH} levels deep here.`,
  hint: 'Real data never nests this deep; a closing ] or } is probably missing, or the value needs quotes.' };
const TAB = { message: 'Tabs cannot be used to indent YAML.', hint: 'Indent with spaces (two per level is usual).' };

// The yaml package appends its own code frame after the first line; we print ours instead.
function firstSentence(message: string): string {
  const line = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
  const capital = line.charAt(0).toUpperCase() + line.slice(1);
  return /[.!?]$/.test(capital) ? capital : capital + '.';
}
