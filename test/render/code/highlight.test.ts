import assert from 'node:assert/strict';
import { test } from 'node:test';
import { highlightCode } from '../../../src/render/code/highlight.js';
import { buildContent, fileText, mainOf, messages } from '../../features/content-site.js';

test('code: a fenced block is highlighted at build time with light and dark colours as CSS variables', () => {
  const html = highlightCode('x = 1 < 2\n', 'py');
  // github-light's red (#d73a49) is darkened to reach AA on the theme's code background; the others already do.
  assert.equal(html,
    '<pre class="code shiki shiki-themes github-light github-dark" data-lang="python" tabindex="0"><code><span class="line">' +
    '<span style="--shiki-light:#24292e;--shiki-dark:#e1e4e8">x </span><span style="--shiki-light:#c63543;--shiki-dark:#f97583">=</span>' +
    '<span style="--shiki-light:#005cc5;--shiki-dark:#79b8ff"> 1</span><span style="--shiki-light:#c63543;--shiki-dark:#f97583"> &#x3C;</span>' +
    '<span style="--shiki-light:#005cc5;--shiki-dark:#79b8ff"> 2</span></span></code></pre>\n');
});

test('code: unknown languages and plain text come out as escaped plain text', () => {
  assert.equal(highlightCode('<b>&</b>\n', 'no-such-lang'), '<pre class="code" data-lang="no-such-lang"><code>&lt;b&gt;&amp;&lt;/b&gt;\n</code></pre>\n');
  assert.equal(highlightCode('<b>\n', ''), '<pre class="code"><code>&lt;b&gt;\n</code></pre>\n');
  assert.equal(highlightCode('x\n', 'text'), '<pre class="code" data-lang="text"><code>x\n</code></pre>\n');
});

test('code: pages and posts use it through Markdown fences, with no script added', async () => {
  const result = await buildContent({ 'pages/index.md': '---\ntitle: Home\n---\n\n```ts\nconst a: number = 1;\n```\n' });
  assert.deepEqual(messages(result), []);
  const main = mainOf(fileText(result, 'index.html'));
  assert.ok(main.includes('<pre class="code shiki shiki-themes github-light github-dark" data-lang="typescript" tabindex="0"><code><span class="line"><span style="--shiki-light:#c63543;--shiki-dark:#f97583">const</span>'));
  assert.ok(!main.includes('<script'));
});
