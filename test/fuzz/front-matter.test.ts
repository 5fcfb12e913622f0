import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { splitFrontMatter } from '../../src/load/front-matter.js';
import { SourceText } from '../../src/load/source-text.js';
import { assertPositioned, FUZZ, tokenSoup } from './fuzz-helpers.js';

const YAML = ['title: ', 'Home', '\n', ': ', '- ', '[', '{', '"', '---', '...', '--- ', '----', '#', '\t', '&a ', '*a', 'permalink: /x/', 'draft: true'];
const BODY = ['\n', '---', '# Heading', 'text', '::news', ':::note', '\r\n'];
const DELIM = ['---\n', '---\r\n', '--- \n', '---', '...\n', '\n---\n', ''];

const file = fc.tuple(fc.constantFrom(...DELIM), tokenSoup(YAML, 20), fc.constantFrom(...DELIM), tokenSoup(BODY, 10)).map((parts) => parts.join(''));

test('front matter splitter: 10,000 random files, no exception, every problem positioned, the body is the end of the file', () => {
  fc.assert(fc.property(fc.oneof(file, tokenSoup([...YAML, ...BODY, ...DELIM])), (text) => {
    const bag = new DiagnosticBag();
    const md = splitFrontMatter(new SourceText('pages/x.md', text), bag);
    assert.ok(text.endsWith(md.body), 'body is not the end of the file');
    assert.ok(md.bodyLine >= 1);
    if (md.hasFrontMatter && md.frontMatter === undefined) assert.ok(bag.hasErrors, 'front matter dropped without an error');
    assertPositioned(bag.items, 'pages/x.md', text);
  }), FUZZ);
});
