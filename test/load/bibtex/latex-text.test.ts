import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '@retorquere/bibtex-parser';
import { latexToText } from '../../../src/load/bibtex/latex-text.js';

test('accents in every spelling BibTeX files use', () => {
  assert.equal(latexToText('M{\\"u}ller M\\"uller M\\"{u}ller'), 'Müller Müller Müller');
  assert.equal(latexToText('{\\L}ukasz \\L{}ukasz \\L ukasz'), 'Łukasz Łukasz Łukasz');
  assert.equal(latexToText('Erd{\\H{o}}s Erd\\H{o}s Erd\\H os'), 'Erdős Erdős Erdős');
  assert.equal(latexToText('Dvo{\\v{r}}{\\\'a}k Dvo\\v{r}\\\'ak'), 'Dvořák Dvořák');
  assert.equal(latexToText("Fran\\c{c}ois \\ss{} \\aa{} \\o"), 'François ß å ø');
  // TeX swallows the space after a control word.
  assert.equal(latexToText('\\aa \\o'), 'åø');
  // An accent over a dotless i means the accented letter (the library keeps ı + combining acute).
  assert.equal(latexToText("{\\'\\i}x \\'{\\i}x"), 'íx íx');
});

test('symbols, dashes, quotes, ties and font commands', () => {
  assert.equal(latexToText('R\\&D 50\\% \\$5 \\#1 a\\_b'), 'R&D 50% $5 #1 a_b');
  assert.equal(latexToText('1--2 a---b'), '1–2 a—b');
  assert.equal(latexToText("``quoted'' `single'"), "“quoted” ‘single'");
  assert.equal(latexToText('Fig.~1'), 'Fig.\u00a01');
  assert.equal(latexToText('\\emph{Deep} \\textbf{Nets} {\\em small} \\textsc{Cap}'), 'Deep Nets small Cap');
  assert.equal(latexToText('  spread\n  over   lines '), 'spread over lines');
});

test('math and unknown commands are left to the full parser', () => {
  assert.equal(latexToText('$x^2$'), undefined);
  assert.equal(latexToText('\\foo{x}'), undefined);
  assert.equal(latexToText('\\"{ab}'), undefined);
});

// The fast path must agree with @retorquere/bibtex-parser wherever it answers.
const pieces = ['a', 'B', ' ', 'word', '{Protected}', '{\\"u}', '\\"o', "\\'e", '{\\L}', '\\l{}', '{\\H{o}}', '{\\v{r}}', '\\v{S}', '\\c{c}', '\\ss{}', '\\&', '--', '---', '\\emph{x}', '{\\o}', '\\aa{}', '.', ','];
test('the fast path matches the library on generated text', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), (parts) => {
    const tex = parts.join('');
    const fast = latexToText(tex);
    if (fast === undefined) return;
    const lib = parse(`@misc{k, title = {${tex}}}`, { sentenceCase: false }).entries[0]!.fields.title ?? '';
    const plain = lib.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim().normalize('NFC');
    assert.equal(fast, plain, tex);
  }), { numRuns: 150, seed: 42 });
});
