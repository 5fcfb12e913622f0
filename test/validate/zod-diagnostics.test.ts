import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { SourceText } from '../../src/load/source-text.js';
import { loadYaml } from '../../src/load/yaml.js';
import { siteSchema } from '../../src/validate/schemas/site.js';
import { newsSchema } from '../../src/validate/schemas/home-data.js';
import { validateYaml } from '../../src/validate/zod-diagnostics.js';

function check(schema: Parameters<typeof validateYaml>[0], text: string, file = 'site.yml') {
  const bag = new DiagnosticBag();
  const yaml = loadYaml(new SourceText(file, text), bag);
  assert.ok(yaml, 'the YAML itself parses');
  const value = validateYaml(schema, yaml, bag);
  return { value, problems: bag.sorted().map((d) => `${d.file}:${d.position?.line}:${d.position?.col} [${d.rule}] ${d.message}${d.hint ? ` | ${d.hint}` : ''}`) };
}

const BASE = 'title: T\nurl: https://a.example\nauthor:\n  name: A\n';

test('an unknown key is reported at the key, with a "did you mean"', () => {
  const { problems } = check(siteSchema, BASE + 'descripton: x\n');
  assert.deepEqual(problems, ['site.yml:5:1 [unknown-key] Unknown key "descripton". | Did you mean "description"?']);
});

test('an unknown nested key names its place and lists the known keys when nothing is close', () => {
  const { problems } = check(siteSchema, BASE + '  zzzzzz: 1\n');
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /^site\.yml:5:3 \[unknown-key\] Unknown key "zzzzzz" in "author"\. \| Known keys here: avatar, bio, email, /);
});

test('a missing required key is reported at its parent', () => {
  const { problems } = check(siteSchema, 'title: T\nurl: https://a.example\nauthor:\n  bio: x\n');
  assert.deepEqual(problems, ['site.yml:4:3 [missing-key] Missing required key "name" in "author". | Add `name: …` here.']);
});

test('a number where text is expected suggests quoting the original text', () => {
  const { problems } = check(siteSchema, 'title: 1.10\nurl: https://a.example\nauthor:\n  name: A\n');
  assert.deepEqual(problems, ['site.yml:1:8 [wrong-type] "title" should be text, but it is the number 1.1. | YAML read 1.10 as the number 1.1; put it in quotes to keep it as text: "1.10".']);
});

test('an enum value suggests the closest option', () => {
  const { problems } = check(siteSchema, BASE + 'color_scheme: drak\n');
  assert.deepEqual(problems, ['site.yml:5:15 [invalid-value] "color_scheme" must be one of "system", "light", "dark". | Did you mean "dark"?']);
});

test('a javascript: URL in data is refused with the URL hint', () => {
  const { problems } = check(siteSchema, BASE + '  avatar: "javascript:alert(1)"\n');
  assert.deepEqual(problems, ['site.yml:5:11 [unsafe-url] The URL "javascript:alert(1)" uses the "javascript:" scheme. | Links in data may be http:, https:, mailto: or site-relative paths such as /files/cv.pdf.']);
});

test('every problem in a list is reported in one run', () => {
  const { problems } = check(newsSchema, '- date: 2025-13\n  text: a\n- date: 2025-01\n- text: b\n', 'data/news.yml');
  assert.deepEqual(problems, [
    'data/news.yml:1:9 [bad-date] "2025-13" is not a date Vita understands. | Write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-05.',
    'data/news.yml:3:3 [missing-key] Missing required key "text". | Add `text: …` here.',
    'data/news.yml:4:3 [missing-key] Missing required key "date". | Add `date: …` here.',
  ]);
});
