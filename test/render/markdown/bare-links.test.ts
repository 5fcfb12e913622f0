import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { renderBlockMarkdown } from '../../../src/render/components/entry-markdown.js';
import { directiveRegistry } from '../../../src/render/directives/registry.js';
import { createMarkdown } from '../../../src/render/markdown/create-markdown.js';
import type { MarkdownEnv } from '../../../src/render/markdown/markdown-env.js';

function render(markdown: string): string {
  const env = {
    page: { url: '/', frontMatter: {}, source: { file: 'pages/index.md', line: 1, col: 1 } }, file: 'pages/index.md',
    bodyLine: 1, lines: markdown.split('\n'), bag: new DiagnosticBag(), directives: directiveRegistry(), links: [],
  } as unknown as MarkdownEnv;
  return createMarkdown().render(markdown, env as unknown as Record<string, unknown>);
}

test('file names in page text stay text, though .md, .py and .ai are top-level domains', () => {
  assert.equal(
    render('Read IMPORT-REPORT.md, then README.md; edit site.yml and run analysis.py on notes.ai.'),
    '<p>Read IMPORT-REPORT.md, then README.md; edit site.yml and run analysis.py on notes.ai.</p>\n',
  );
});

test('a bare domain without www. stays text, as on GitHub and in Jekyll', () => {
  assert.equal(render('Code at github.com/ann/tool.'), '<p>Code at github.com/ann/tool.</p>\n');
});

test('addresses with a scheme, www. addresses and e-mail addresses become links', () => {
  assert.equal(
    render('See https://ann.example/cv.pdf, www.uni.example/lab (or mail ann@uni.edu).'),
    '<p>See <a href="https://ann.example/cv.pdf">https://ann.example/cv.pdf</a>, '
      + '<a href="http://www.uni.example/lab">www.uni.example/lab</a> '
      + '(or mail <a href="mailto:ann@uni.edu">ann@uni.edu</a>).</p>\n',
  );
});

test('a word that merely contains www. is not a link', () => {
  assert.equal(render('awww.example.org and www. alone'), '<p>awww.example.org and www. alone</p>\n');
});

test('descriptions in data files follow the same rule', () => {
  assert.equal(
    renderBlockMarkdown('Slides in talk.md, site at www.ann.example'),
    '<p>Slides in talk.md, site at <a href="http://www.ann.example">www.ann.example</a></p>\n',
  );
});
