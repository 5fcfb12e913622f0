import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildContent, fileText, mainOf, messages } from '../../features/content-site.js';

test('math: $…$ and $$…$$ render with KaTeX at build time (HTML and MathML), money stays text', async () => {
  const result = await buildContent({
    'pages/index.md': '---\ntitle: Home\n---\n\nInline $a^2$ and money $5 and $6.\n\n$$\nE = mc^2\n$$\n\nCode `$x$` stays code.\n',
    'pages/plain.md': '---\ntitle: Plain\n---\n\nNo math.\n',
  });
  assert.deepEqual(messages(result), []);
  const home = mainOf(fileText(result, 'index.html'));
  assert.match(home, /<p>Inline <link rel="stylesheet" href="\/assets\/katex\/katex\.[0-9a-f]{10}\.css"><span class="math"><span class="katex"><span class="katex-mathml"><math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"><semantics><mrow><msup><mi>a<\/mi><mn>2<\/mn><\/msup><\/mrow><annotation encoding="application\/x-tex">a\^2<\/annotation>/);
  assert.ok(home.includes(' and money $5 and $6.</p>'));
  assert.ok(home.includes('<div class="math math--display"><span class="katex-display"><span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block">'));
  assert.ok(home.includes('<p>Code <code>$x$</code> stays code.</p>'));
  assert.equal(home.match(/<link rel="stylesheet"/g)?.length, 1, 'the stylesheet is linked once per page');
  assert.ok(!fileText(result, 'plain/index.html').includes('katex'));
  const css = result.files.find((f) => /^assets\/katex\/katex\.[0-9a-f]{10}\.css$/.test(f.path));
  assert.ok(css && home.includes(`href="/${css.path}"`));
  const text = fileText(result, css.path);
  assert.ok(text.includes('url(fonts/KaTeX_Main-Regular.woff2) format("woff2")') && !text.includes('.woff)') && !text.includes('.ttf)'));
  assert.ok(result.files.some((f) => f.path === 'assets/katex/fonts/KaTeX_Main-Regular.woff2'));
});

test('math: a site without math gets no KaTeX files', async () => {
  const result = await buildContent({ 'pages/index.md': '---\ntitle: Home\n---\n\nIt costs $5, or $6 with tax.\n' });
  assert.ok(!result.files.some((f) => f.path.startsWith('assets/katex/')));
});

test('math: TeX that KaTeX cannot read is an error at the formula', async () => {
  const result = await buildContent({ 'pages/index.md': '---\ntitle: Home\n---\n\nBad $\\frac{1}{$ here.\n\n$$\n\\begin{x}\n$$\n' });
  assert.deepEqual(messages(result), [
    "pages/index.md:5:5 error KaTeX cannot read this formula: Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{1}{ [math-syntax]",
    'pages/index.md:8:1 error KaTeX cannot read this formula: No such environment: x at position 7: \\begin{x} [math-syntax]',
  ]);
});
