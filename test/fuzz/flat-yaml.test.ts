// Differential fuzz: whenever the flat front-matter scanner accepts a text, the full YAML loader must accept it
// too, without a single diagnostic, and produce a deep-equal value; validating either gives the same diagnostics.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { scanFlatYaml } from '../../src/load/flat-yaml.js';
import { SourceText } from '../../src/load/source-text.js';
import { loadFlatYaml, loadYaml } from '../../src/load/yaml.js';
import { postFrontMatterSchema } from '../../src/validate/schemas/post.js';
import { validateYaml } from '../../src/validate/zod-diagnostics.js';
import { FUZZ } from './fuzz-helpers.js';

const KEYS = ['title', 'date', 'tags', 'draft', 'a_b', 'x-y', '_k', 'k1', 'True', 'FALSE', 'yes', 'null', 'Null', 'NULL', 'nan',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'title ', '-x', 'a.b', '1x', 'k'.repeat(1030)];
const TRICKY = ['1e3', '0x1F', '0X1F', '0o17', '0o8', '+.5', '-.5', '.5', '5.', '-0', '+0', '007', '1_000', '.NaN', '.nan', '.NAN', '.Nan',
  '.inf', '-.Inf', '+.INF', '.iNf', '~', 'Null', 'null', 'NULL', 'nULL', 'yes', 'no', 'on', 'True', 'tRUE', 'false', '2024-01-01',
  '2024-01-01T10:00:00Z', '12:30', '1:2', 'a: b', 'a:b', 'a:', 'a :', 'a #b', 'a#b', '#x', "'it''s'", "'it's'", "''", '""', '"a"', '"a\\nb"',
  '"a" b', '"a"#b', "'a' # c", '"unclosed', "'unclosed", 'it\'s', 'say "hi"', '- x', '-x', '-1', '-', '--- x', '---', '...', '.', '?x', '? x',
  ':x', ',x', 'x, y', '[a, b]', '[a,b]', '[]', '[ ]', '[a, b,]', '[a,,b]', '[1, true, ~, .inf]', '[machine learning, nlp]', '[a]]',
  '[a] x', '[a] # c', '[a, [b]]', '[a: b]', '[-1, +2, .5]', '{a: b}', 'a{b}', 'a[i]', 'a]', '&a x', '*a', '!tag x', '!!str 1', '%x',
  '@x', '`x`', '|', '>', '|-', 'a | b', 'a > b', 'a & b', 'a * b', 'wow!', '50%', 'x@y', 'é', '\u00e9t\u00e9', '\u{1F525} fire',
  'e\u0301', '\u00a0x\u00a0', 'x\u3000', 'x\u2028y', '\uFEFFx', 'a\u0000b', 'a\u0085b', '\uD800', 'https://a.example/x?y=1#z', 'C:\\x'];
const PIECES = ['a', 'b', ' ', '  ', ':', ': ', '#', ' #', '"', "'", "''", '[', ']', ',', '{', '-', '.', '0', '1', 'e', 'x', '~', '\\',
  '\t', '\u00e9', '\u{1F525}', '!', '&', '*', '|', '>', '%', '@', '`', '?'];

const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY).map((t) => `"${t}"`) },
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY).map((t) => `'${t}'`) },
);
// Hostile documents: any key, separator, value and line end, plus lines that are not entries at all.
const entry = fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(':', ': ', ':  ', ' : ', ':\t'), value, fc.constantFrom('', ' ', ' #c', '# c', ' # a: b', '\t'))
  .map(([k, sep, v, tail]) => k + sep + v + tail);
const other = fc.constantFrom('', '  ', '# comment', '  # c', '#--', '#-- \t', '---', '...', '- item', '  indented: x', '\ttitle: x', 'plain', '%YAML 1.2', '? k');
const line = fc.oneof({ weight: 6, arbitrary: entry }, { weight: 1, arbitrary: other });
const hostile = fc.tuple(fc.array(fc.tuple(line, fc.constantFrom('\n', '\n', '\r\n', '\r')), { maxLength: 8 }), fc.boolean())
  .map(([lines, finalBreak]) => {
    const text = lines.map(([l, eol]) => l + eol).join('');
    return finalBreak || lines.length === 0 ? text : text.slice(0, -lines[lines.length - 1]![1].length);
  });

// Plausible front matter: distinct keys, one line-end style, tricky values, trailing spaces and comments.
const GOOD_KEYS = ['title', 'date', 'tags', 'draft', 'a_b', 'x-y', '_k', 'k1', 'True', 'toString', 'summary', 'slug', 'author', 'z'];
const goodValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom('Word', 'x', '1', '.', '-', ' ', ',', "'", '"', '#', ':', '/', '\u00e9', '\u{1F525}'), { minLength: 1, maxLength: 6 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map((t) => `"${t}"`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map((t) => `'${t.replace(/'/g, "''")}'`) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('a', 'b c', '1', '-2', '.5', 'true', '~', 'x.y', 'a/b', 'null'), { maxLength: 4 }).map((i) => `[${i.join(', ')}]`) },
);
const plausible = fc.tuple(
  fc.uniqueArray(fc.constantFrom(...GOOD_KEYS), { maxLength: 8 }),
  fc.array(goodValue, { minLength: 8, maxLength: 8 }),
  fc.array(fc.constantFrom('', '', '', ' ', '  ', ' # note', ' #x: y'), { minLength: 8, maxLength: 8 }),
  fc.constantFrom('\n', '\r\n'),
  fc.constantFrom('', '#--\n', '# c\n\n'),
).map(([keys, values, tails, eol, head]) => head + keys.map((k, i) => `${k}: ${values[i]}${tails[i]}${eol}`).join(''));

test('flat YAML scanner: whenever it accepts, the full loader gives the same value and no diagnostic', () => {
  let accepted = 0;
  let nonEmpty = 0;
  fc.assert(fc.property(fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: hostile }), (text) => {
    const flat = scanFlatYaml(text);
    if (flat === undefined) return;
    accepted++;
    if (flat.value !== null && Object.keys(flat.value).length > 1) nonEmpty++;
    const bag = new DiagnosticBag();
    const full = loadYaml(new SourceText('x.md', text), bag);
    assert.deepEqual(bag.items, [], `full loader complained about ${JSON.stringify(text)}`);
    assert.ok(full, `full loader failed on ${JSON.stringify(text)}`);
    assert.deepStrictEqual(flat.value, full.value, `values differ for ${JSON.stringify(text)}`);
    // Validation reads the lazily parsed document for positions and source text: same diagnostics either way.
    const lazy = loadFlatYaml(new SourceText('x.md', text), bag)!;
    const [fastBag, fullBag] = [new DiagnosticBag(), new DiagnosticBag()];
    assert.deepStrictEqual(validateYaml(postFrontMatterSchema, lazy, fastBag), validateYaml(postFrontMatterSchema, full, fullBag));
    assert.deepStrictEqual(fastBag.items, fullBag.items, `diagnostics differ for ${JSON.stringify(text)}`);
  }), FUZZ);
  // The comparison means little if the scanner gave up on nearly everything.
  assert.ok(accepted > FUZZ.numRuns / 10, `only ${accepted} inputs accepted`);
  assert.ok(nonEmpty > FUZZ.numRuns / 10, `only ${nonEmpty} inputs with several keys accepted`);
});
