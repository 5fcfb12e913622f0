import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
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

test('a line break between Chinese or Japanese characters adds no space, also next to a link or emphasis', () => {
  assert.equal(render('我是硕士研究生，\n在实验室学习。'), '<p>我是硕士研究生，在实验室学习。</p>\n');
  assert.equal(render('[中山大学](https://a.example/)的学生\n**在**学习'), '<p><a href="https://a.example/">中山大学</a>的学生<strong>在</strong>学习</p>\n');
  assert.equal(render('日本語の文章は\nここで続く。'), '<p>日本語の文章はここで続く。</p>\n');
});

test('a line break next to Latin text or in Korean stays a space (a line break)', () => {
  assert.equal(render('研究 VLM\n模型'), '<p>研究 VLM\n模型</p>\n');
  assert.equal(render('an English\nline'), '<p>an English\nline</p>\n');
  assert.equal(render('한국어 문장은\n띄어 씁니다'), '<p>한국어 문장은\n띄어 씁니다</p>\n');
});
