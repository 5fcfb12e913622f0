import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../../src/build.js';
import { location } from '../../src/diagnostics/diagnostic.js';

const fixture = new URL('../fixtures/publications/site/', import.meta.url);

async function site(edit?: (root: string) => void) {
  const root = mkdtempSync(join(tmpdir(), 'vita-pubs-'));
  cpSync(fixture, root, { recursive: true });
  mkdirSync(join(root, 'pages'));
  writeFileSync(join(root, 'site.yml'), 'title: Zeqing Wang\nurl: https://zeqing-wang.github.io\nauthor:\n  name: Zeqing Wang\n  native_name: 王泽卿\n');
  writeFileSync(join(root, 'pages', 'index.md'), '---\ntitle: About\n---\n## Selected\n\n::publications{selected}\n');
  edit?.(root);
  try {
    return await build({ root, write: false });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const text = (content: string | Uint8Array) => (typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));

test('build() writes /publications/, a page per paper with Highwire tags in <head>, and citation files', async () => {
  const result = await site();
  assert.deepEqual(result.diagnostics, []);
  const files = new Map(result.files.map((f) => [f.path, 'content' in f ? text(f.content) : '']));
  assert.ok(files.has('publications/index.html'));
  const paper = files.get('publications/vaswani2017attention/index.html')!;
  const head = paper.slice(0, paper.indexOf('</head>'));
  assert.ok(head.includes('<meta name="citation_author" content="Kaiser, Łukasz">'));
  assert.ok(head.includes('"@type":"ScholarlyArticle"'));
  assert.ok(paper.includes('<h1 class="page__title">Attention is All you Need</h1>'));
  assert.equal(files.get('publications/vaswani2017attention/vaswani2017attention.ris')!.split('\r\n')[0], 'TY  - CPAPER');
  assert.ok(files.get('index.html')!.includes('<a href="/publications/wang2025humancalibrator/">'));
  assert.ok(!files.has('publications/stoc1983/index.html'), 'a crossref-only proceedings volume gets no page');
});

test('a duplicate key fails the build with every location, and nothing is produced', async () => {
  const result = await site((root) => writeFileSync(join(root, 'publications.bib'), '@misc{wang2025timecausality,\n  title = {Again},\n}\n'));
  assert.equal(result.ok, false);
  assert.deepEqual(result.diagnostics.map((d) => `${location(d)} ${d.message}`), [
    'publications.bib:1:1 The publication key "wang2025timecausality" is used 2 times: data/publications.yml:1, publications.bib:1.',
  ]);
  assert.deepEqual(result.files, []);
});
