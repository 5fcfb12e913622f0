import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeCvPdf, type CvPdfResult } from '../../src/cv-pdf/cv-pdf.js';
import { loadSiteModel } from '../../src/cv-pdf/site-model.js';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnostics } from '../../src/diagnostics/format.js';
import { boldRuns, pdfInfo, pdfText, squeezed, textColors, uriAnnotations } from '../helpers/pdf.js';
import { writeSite } from '../helpers/site.js';

const SITE_YML = `title: Test
url: https://test.example/lab
author:
  name: Zeqing Wang
  name_variants: ["Z. Wang"]
  position: "PhD #1 *student* at [lab] <ai> @home $5 a\\\\b // c /* d */"
  email: z@test.example
`;

async function typeset(files: Record<string, string>, sourceDateEpoch?: string): Promise<CvPdfResult & { root: string }> {
  const root = writeSite(files);
  const bag = new DiagnosticBag();
  const site = await loadSiteModel(root, bag);
  assert.deepEqual(bag.items, []);
  return { root, ...makeCvPdf(site!, { root, ...(sourceDateEpoch ? { sourceDateEpoch } : {}) }) };
}

test('data is printed exactly as written: Typst markup characters in any field are text, never code', async () => {
  const { pdf, diagnostics } = await typeset({
    'site.yml': SITE_YML,
    'data/education.yml': '- { organization: "Uni_of #Test", role: "MSc = *best* - 1. @x", start: 2020, end: 2022 }\n',
    'data/publications.yml': '- { key: a1, title: "Learning $\\\\alpha$-[nets] with #tags & <labels>", authors: [Z. Wang, "B. Other†"], year: 2024 }\n',
  });
  assert.deepEqual(diagnostics, []);
  const text = pdfText(pdf!);
  assert.ok(text.includes('PhD #1 *student* at [lab] <ai> @home $5 a\\b // c /* d */'), text);
  assert.ok(text.includes('MSc = *best* - 1. @x, Uni_of #Test'), text);
  assert.ok(squeezed(text).includes(squeezed('Learning α-[nets] with #tags & <labels>.')), text);
  assert.ok(text.includes('Z. Wang and B. Other†.'), text);
  assert.ok(boldRuns(pdf!).includes('Z. Wang'), 'a name variant of the owner is bold');
  assert.ok(squeezed(text).includes('†Correspondingauthor'), text);
  assert.deepEqual(uriAnnotations(pdf!), ['mailto:z@test.example', 'https://test.example/lab/']);
});

test('site.yml cv: sets design, paper and accent; SOURCE_DATE_EPOCH sets the date', async () => {
  const { pdf, diagnostics } = await typeset({
    'site.yml': SITE_YML + 'cv: { design: modern, paper: us-letter, accent: "#AA3300" }\n',
    'data/experience.yml': '- { organization: Lab, role: Researcher, start: 2023-05, end: present }\n',
  }, '1767225600');
  assert.deepEqual(diagnostics, []);
  const text = pdfText(pdf!);
  assert.match(text, /^EXPERIENCE$/m, 'the modern design sets headings in capitals');
  assert.match(text, /May 2023 – Present/);
  const info = pdfInfo(pdf!);
  assert.match(info['Page size']!, /^612 x 792 pts \(letter\)$/);
  assert.equal(info.CreationDate, 'Thu Jan  1 00:00:00 2026 UTC');
  assert.ok(textColors(pdf!).includes('#aa3300'), 'the accent colour colours text');
});

test('a Typst error in the owner\'s design is reported at the design file\'s line and column, with no stack', async () => {
  const { pdf, diagnostics, root } = await typeset({
    'site.yml': SITE_YML + 'cv:\n  design: cv/mine.typ\n',
    'cv/mine.typ': '#let cv-header(..args) = none\n#let cv-section(title, body) = { heading(title); body }\n#let cv-entry(..args) = undefined-thing\n',
    'data/education.yml': '- { organization: Uni, role: MSc, start: 2020 }\n',
  });
  assert.equal(pdf, undefined);
  assert.equal(formatDiagnostics(diagnostics, { readSource: (f) => (f === 'cv/mine.typ' ? '#let cv-header(..args) = none\n#let cv-section(title, body) = { heading(title); body }\n#let cv-entry(..args) = undefined-thing\n' : undefined) }), [
    'cv/mine.typ:3:25 error Typst could not compile the CV: unknown variable: undefined-thing. [cv-typst-error]',
    '  1 | #let cv-header(..args) = none',
    '  2 | #let cv-section(title, body) = { heading(title); body }',
    '> 3 | #let cv-entry(..args) = undefined-thing',
    '    |                         ^',
    '  4 |',
    '  hint: If you meant to use subtraction, try adding spaces around the minus sign: `undefined - thing`. ' +
      'Fix the design file; Typst\'s documentation is at https://typst.app/docs/.',
    '',
    '1 error',
  ].join('\n'));
  assert.ok(root);
});

test('a design file or font file that does not exist is reported at its key in site.yml', async () => {
  const { pdf, diagnostics } = await typeset({ 'site.yml': SITE_YML + 'cv:\n  design: nope.typ\n  fonts: [fonts/None.otf]\n' });
  assert.equal(pdf, undefined);
  assert.deepEqual(diagnostics.map((d) => `${d.file}:${d.position?.line}:${d.position?.col} ${d.rule} ${d.message}`), [
    'site.yml:10:10 cv-font-not-found The font file or folder "fonts/None.otf" in cv.fonts does not exist (looked for ' +
      diagnostics[0]!.message.split('looked for ')[1],
    'site.yml:9:11 cv-design-not-found The CV design "nope.typ" does not exist.',
  ]);
});

test('without cv.accent the PDF takes the site theme\'s accent', async () => {
  const { pdf, diagnostics } = await typeset({
    'site.yml': SITE_YML + 'theme: { accent: "#0a7a3c" }\n',
    'data/experience.yml': '- { organization: Lab, role: Researcher, start: 2023 }\n',
  });
  assert.deepEqual(diagnostics, []);
  assert.ok(textColors(pdf!).includes('#0a7a3c'), textColors(pdf!).join(' '));
});
