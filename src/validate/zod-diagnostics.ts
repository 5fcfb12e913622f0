import type { z } from 'zod';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { positionOf, sourceTextOf, type PathSegment, type YamlFile } from '../load/yaml.js';
import { didYouMean, nearestName } from './did-you-mean.js';
import { namedKeysOf } from './named-keys.js';

type Issue = z.core.$ZodIssue;

/** Validates a YAML file's value against `schema`; every problem becomes a positioned diagnostic. */
export function validateYaml<S extends z.ZodType>(schema: S, file: YamlFile, bag: DiagnosticBag, base: PathSegment[] = []): z.output<S> | undefined {
  const value = getAt(file.value, base);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) reportIssue(issue, schema, file, bag, base);
  return undefined;
}

function reportIssue(issue: Issue, schema: z.ZodType, file: YamlFile, bag: DiagnosticBag, base: PathSegment[]): void {
  const path = [...base, ...(issue.path as PathSegment[])];
  const where = (p: PathSegment[], which: 'key' | 'value' = 'value') => positionOf(file, p, which);
  const name = describePath(path);
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && path.length > 0 && getAt(file.value, path) === undefined) {
    const key = path[path.length - 1];
    const parent = path.slice(0, -1);
    bag.error('missing-key', file.source.file, where(parent), `Missing required key "${String(key)}"${describePath(parent) ? ` in ${describePath(parent)}` : ''}.`,
      `Add \`${String(key)}: …\` here.`);
    return;
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const object = objectSchemaAt(schema, issue.path as PathSegment[]);
      const known = keysOf(object);
      const names = namedKeysOf(object);
      for (const key of issue.keys) {
        if (names) {
          const guess = nearestName(key, known);
          const all = `The ${names.noun}s are: ${known.join(', ')} (see ${names.docs}).`;
          const hint = guess ? `Did you mean "${guess}"? ${all}` : all;
          bag.error(names.rule, file.source.file, where([...path, key], 'key'), names.unknown(key), hint);
          continue;
        }
        const guess = didYouMean(key, known);
        const hint = guess ? `Did you mean "${guess}"?` : known.length ? `Known keys here: ${known.join(', ')}.` : undefined;
        bag.error('unknown-key', file.source.file, where([...path, key], 'key'), `Unknown key "${key}"${name ? ` in ${name}` : ''}.`, hint);
      }
      return;
    }
    case 'invalid_type': {
      const actual = getAt(file.value, path);
      const expected = describeExpected(issue.expected);
      const found = describeValue(actual);
      const raw = sourceTextOf(file, path);
      const hint = issue.expected === 'string' && raw !== undefined && typeof actual !== 'object'
        ? `YAML read ${raw} as ${found}; put it in quotes to keep it as text: "${raw.replace(/"/g, '\\"')}".`
        : typeHint(issue.expected, actual, raw);
      bag.error('wrong-type', file.source.file, where(path), `${name || 'This value'} should be ${expected}, but it is ${found}.`, hint);
      return;
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      const actual = getAt(file.value, path);
      const guess = typeof actual === 'string' ? didYouMean(actual, issue.values.map(String)) : undefined;
      bag.error('invalid-value', file.source.file, where(path), `${name || 'This value'} must be one of ${options}.`,
        guess ? `Did you mean "${guess}"?` : undefined);
      return;
    }
    case 'invalid_union': {
      // Report the branch that got furthest: the one whose first issue has the longest path.
      const actual = getAt(file.value, path);
      // A text that may also be given per language (`{ en: …, zh: … }`): a number or list there is a wrong text.
      const notMap = actual === null || typeof actual !== 'object' || Array.isArray(actual);
      const branches = issue.errors.filter((e) => e.length > 0 && !(notMap && e[0]!.code === 'invalid_type' && e[0]!.expected === 'record'));
      if (notMap && branches.length === 1 && branches.length < issue.errors.length) {
        for (const inner of branches[0]!) reportIssue({ ...inner, path: [...issue.path, ...inner.path] } as Issue, schema, file, bag, base);
        return;
      }
      const best = branches.sort((a, b) => (b[0]!.path.length - a[0]!.path.length))[0];
      if (best && best[0]!.path.length > 0) {
        for (const inner of best) reportIssue({ ...inner, path: [...issue.path, ...inner.path] } as Issue, schema, file, bag, base);
        return;
      }
      const expected = branches.map((b) => (b[0]!.code === 'invalid_type' ? describeExpected(b[0]!.expected) : undefined)).filter(Boolean);
      bag.error('wrong-type', file.source.file, where(path),
        `${name || 'This value'} should be ${expected.length ? [...new Set(expected)].join(' or ') : 'something else'}, but it is ${describeValue(actual)}.`);
      return;
    }
    default: {
      // Messages from our own refinements and checks are written for people; use them as they are.
      const [message, hint] = issue.message.split('\n');
      // A check about a map's key (a translation's language) says so, to point at the key rather than its value.
      const at = issue.code === 'custom' && issue.params?.at === 'key' ? 'key' : 'value';
      bag.error(issue.code === 'custom' ? String(issue.params?.rule ?? 'invalid-value') : 'invalid-value', file.source.file, where(path, at),
        name && issue.code !== 'custom' ? `${name}: ${message}` : message!, hint);
    }
  }
}

type SchemaDef = { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; valueType?: unknown } };

/** The object schema at `path` (undefined when there is none), for the keys it accepts. */
function objectSchemaAt(schema: z.ZodType, path: readonly PathSegment[]): unknown {
  let s: unknown = schema;
  for (const segment of path) {
    const def = (unwrap(s) as SchemaDef).def;
    if (def?.type === 'object') s = def.shape?.[String(segment)];
    else if (def?.type === 'array') s = def.element;
    else if (def?.type === 'record') s = def.valueType;
    else return undefined;
  }
  s = unwrap(s);
  return (s as SchemaDef | undefined)?.def?.type === 'object' ? s : undefined;
}

/** Keys an object schema accepts, sorted, for "did you mean". */
function keysOf(object: unknown): string[] {
  return Object.keys((object as SchemaDef | undefined)?.def?.shape ?? {}).sort();
}

function unwrap(s: unknown): unknown {
  for (let i = 0; i < 10; i++) {
    const def = (s as { def?: { type?: string; innerType?: unknown; in?: unknown; options?: unknown[] } })?.def;
    if (!def) return s;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'prefault' || def.type === 'catch' || def.type === 'readonly') s = def.innerType;
    else if (def.type === 'pipe') s = def.in;
    else if (def.type === 'union') s = def.options?.find((o) => unwrapType(o) === 'object' || unwrapType(o) === 'array') ?? def.options?.[0];
    else return s;
  }
  return s;
}

function unwrapType(s: unknown): string | undefined {
  return ((unwrap(s) as { def?: { type?: string } })?.def?.type);
}

function getAt(value: unknown, path: readonly PathSegment[]): unknown {
  let v = value;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[p as string];
  }
  return v;
}

// Keys only: the position already says which list entry, and people do not count entries from zero.
function describePath(path: readonly PathSegment[]): string {
  const keys = path.filter((p): p is string => typeof p === 'string');
  return keys.length ? `"${keys.join('.')}"` : '';
}

// What to write instead, for the shapes people most often get wrong in YAML.
function typeHint(expected: string, actual: unknown, raw: string | undefined): string | undefined {
  if (expected === 'array' && (actual === null || typeof actual !== 'object')) {
    return raw !== undefined ? `Write a list, even for one item: [${raw}], or one "- ${raw}" line per item.` : 'Write a list: [a, b] or one "- item" line per item.';
  }
  if (expected === 'string' && actual !== null && typeof actual === 'object') {
    return 'Write plain text; put it in quotes if it starts with [ or { or holds ": ".';
  }
  if (expected === 'object') return 'Write the keys on their own lines, indented under this one (key: value).';
  if (expected === 'boolean') return 'Write true or false, without quotes.';
  if (expected === 'number') return 'Write a number, without quotes.';
  return undefined;
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'string': return 'text';
    case 'number': return 'a number';
    case 'boolean': return 'true or false';
    case 'array': return 'a list';
    case 'object': return 'a map of keys';
    default: return expected;
  }
}

function describeValue(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map of keys';
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `the boolean ${v}`;
  return `the text "${String(v)}"`;
}
