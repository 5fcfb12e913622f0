import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { SourceText } from '../../src/load/source-text.js';
import { loadYaml } from '../../src/load/yaml.js';
import { siteSchema } from '../../src/validate/schemas/site.js';
import { validateYaml } from '../../src/validate/zod-diagnostics.js';
import { assertNoPollution, assertPositioned, FUZZ, tokenSoup } from './fuzz-helpers.js';

const TOKENS = [
  '- ', ': ', ':', '\n', '\n  ', '\n    ', '  ', '&a ', '*a', '&b ', '*b', '<<: *a', '[', ']', '{', '}', ', ', '"', "'", '\\', '# c',
  '---', '...', '|', '>', '|-', '? ', '!!str ', '!!map ', '!x ', '%YAML 1.2\n', '~', 'null', 'no', 'yes', '1.10', '012345', '0x1F', '.inf',
  '2025-05', 'title', 'url', 'author', 'name', 'https://a.example', 'javascript:x', '__proto__', 'constructor', 'prototype', 'polluted',
];

const KEYS = ['title', 'url', 'description', 'language', 'color_scheme', 'author', '  name', '  avatar', '  links', '    github', '    orcid', '  email',
  '  employer', '    name', '    url', 'navigation', '  - title', '    url', 'footer', '  text', 'analytics', '  provider', '  id', 'navigaton', '__proto__'];
const VALUES = ['', ' Ada', ' "quoted"', " 'single'", ' [a, b]', ' {name: x}', ' no', ' 1.10', ' 012345', ' https://a.example', ' javascript:alert(1)',
  ' /about/', ' *a', ' &a x', ' |', ' >', ' - x', ' system', ' google', ' en', ' ~', ' 2025-05'];
const siteLike = fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES)), { maxLength: 14 })
  .map((pairs) => pairs.map(([k, v]) => `${k}:${v}`).join('\n'));

test('YAML loader and site.yml validation: 10,000 random documents, no exception, every problem positioned', () => {
  fc.assert(fc.property(fc.oneof(tokenSoup(TOKENS), siteLike), (text) => {
    const bag = new DiagnosticBag();
    const file = loadYaml(new SourceText('site.yml', text), bag);
    if (file === undefined) assert.ok(bag.hasErrors, 'undefined result without an error');
    else validateYaml(siteSchema, file, bag);
    assertPositioned(bag.items, 'site.yml', text);
    assertNoPollution();
  }), FUZZ);
});
