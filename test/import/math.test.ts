import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDoc } from '../../src/import/edits.js';
import { convertMath, katexDialect } from '../../src/import/math.js';
import { formatLine, Report } from '../../src/import/report.js';

function run(body: string) {
  const report = new Report();
  const doc = convertMath(makeDoc(body, 3), 'p.md', report);
  return { text: doc.text, lines: report.lines.map(formatLine) };
}

test('MathJax delimiters, inline $$ and bare environments become KaTeX math', () => {
  const r = run('Flow \\(q = v A\\) and $$h_0$$ here.\n\n\\[\n\\frac{dh}{dt} = -k h\n\\]\n\n\\begin{eqnarray}\na &=& b \\\\\nc &=& d\n\\end{eqnarray}\n\nCosts $5 and [1] \\[see\\] `\\(code\\)`.\n');
  assert.equal(r.text, 'Flow $q = v A$ and $h_0$ here.\n\n$$\n\\frac{dh}{dt} = -k h\n$$\n\n$$\n\\begin{array}{rcl}\na &=& b \\\\\nc &=& d\n\\end{array}\n$$\n\nCosts $5 and [1] \\[see\\] `\\(code\\)`.\n');
  assert.deepEqual(r.lines, ['p.md:3: 4 MathJax formula(s) rewritten for KaTeX (\\( \\), \\[ \\], $$ inside a line, bare environments)']);
});

test('\\displaylines becomes gathered; a formula KaTeX cannot read is kept as code with a report line', () => {
  assert.equal(katexDialect('\\displaylines{x = a + b \\\\ y = {c}}'), '\\begin{gathered}x = a + b \\\\ y = {c}\\end{gathered}');
  const r = run('Weight $\\betha$ of the loss.\n\n$$\n\\text{final_score} = 1\n$$\n');
  assert.equal(r.text, 'Weight `$\\betha$` of the loss.\n\n\n```tex\n\\text{final_score} = 1\n```\n\n');
  assert.deepEqual(r.lines, [
    'p.md:3: formula kept as code: KaTeX cannot read it (Undefined control sequence: \\betha)',
    'p.md:5: formula kept as code: KaTeX cannot read it (Expected \'EOF\', got \'_\')',
  ]);
});

test('bare equation and align* environments become display math on lines of their own, even right after text', () => {
  const r = run('Energy:\n\n\\begin{equation}\nE = mc^2\n\\end{equation}\n\n'
    + 'and\n\\begin{align*}\na &= b \\\\\nc &= d\n\\end{align*}\n');
  assert.equal(r.text, 'Energy:\n\n$$\n\\begin{equation}\nE = mc^2\n\\end{equation}\n$$\n\n'
    + 'and\n$$\n\\begin{align*}\na &= b \\\\\nc &= d\n\\end{align*}\n$$\n');
  assert.deepEqual(r.lines, [
    'p.md:5: 2 MathJax formula(s) rewritten for KaTeX (\\( \\), \\[ \\], $$ inside a line, bare environments)',
  ]);
});

test('\\displaylines in a page becomes gathered, inline or on lines of its own', () => {
  const r = run('So $$\\displaylines{x = 1 \\\\ y = 2}$$ holds.\n\n$$\n\\displaylines{p \\\\ q}\n$$\n');
  assert.equal(r.text, 'So $\\begin{gathered}x = 1 \\\\ y = 2\\end{gathered}$ holds.\n\n'
    + '$$\n\\begin{gathered}p \\\\ q\\end{gathered}\n$$\n');
});
