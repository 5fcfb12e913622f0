import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build, type BuildResult } from '../../src/build.js';
import { MINIMAL_SITE_YML, writeSite } from '../helpers/site.js';

// The full BibTeX parser is about 1 MB of code: a build imports it only when the fast LaTeX path cannot do the work.
const STEP = 'loading the BibTeX parser';
const steps = (result: BuildResult) => result.timings.map((t) => t.step);
const page = (result: BuildResult, path: string) => {
  const file = result.files.find((f) => f.path === path);
  assert.ok(file && 'content' in file, `no ${path}`);
  return Buffer.from(file.content).toString('utf8');
};
const PAGES = { 'site.yml': MINIMAL_SITE_YML, 'pages/index.md': '---\ntitle: Home\n---\n\n::publications\n' };

test('accents, dashes and font commands in publications.bib need no full parser', async () => {
  const root = writeSite({ ...PAGES, 'publications.bib': '@article{a, title = {{\\"U}ber {\\em Graphs} --- a {B}ound}, author = {M{\\"u}ller, J{\\"o}rg}, year = 2024}\n' });
  const result = await build({ root, write: false });
  assert.equal(result.ok, true, JSON.stringify(result.diagnostics));
  assert.ok(!steps(result).includes(STEP), steps(result).join(', '));
  assert.match(page(result, 'index.html'), /Über Graphs — a Bound/);
});

test('a command beyond the fast path loads the parser before the model is built', async () => {
  const root = writeSite({ ...PAGES, 'publications.bib': '@article{a, title = {H\\textsubscript{2}O Splitting}, author = {Lee, Ann}, year = 2024}\n' });
  const result = await build({ root, write: false });
  assert.equal(result.ok, true, JSON.stringify(result.diagnostics));
  assert.deepEqual(steps(result).slice(0, 3), ['loading files', STEP, 'building the model']);
  assert.match(page(result, 'index.html'), /H₂O Splitting/);
});

test('a title with math loads the parser for its plain-text form', async () => {
  const root = writeSite({ ...PAGES, 'data/publications.yml': '- key: m\n  title: "Bounds for $\\\\alpha$-Mixing"\n  authors: [Ann Lee]\n  year: 2024\n' });
  const result = await build({ root, write: false });
  assert.equal(result.ok, true, JSON.stringify(result.diagnostics));
  assert.deepEqual(steps(result).slice(0, 3), ['loading files', 'building the model', STEP]);
  assert.match(page(result, 'publications/m/index.html'), /<title>Bounds for α-Mixing/);
});
