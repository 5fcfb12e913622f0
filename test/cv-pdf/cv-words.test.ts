import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadDesign } from '../../src/cv-pdf/designs.js';
import { cvTypstSource } from '../../src/cv-pdf/document.js';
import { ENGLISH, LOCALES } from '../../src/i18n/locales/index.js';
import type { MessageKey } from '../../src/i18n/messages.js';
import { buildContent, messages } from '../features/content-site.js';
import { wordySite } from '../i18n/wordy-site.js';

// Words the CV's publication lines and document settings printed in English whatever the language.
// (Typst source: a full stop is written `\.`.) Each with the message that words it, since a language may share
// the English word (French also writes "et al.").
const ENGLISH_CV_WORDS: [RegExp, MessageKey][] = [
  [/\bet al\b/, 'et_al'], [/ and /, 'and'], [/arXiv preprint/, 'arxiv_preprint'], [/\bvol\\\. /, 'volume'], [/\bno\\\. /, 'issue'],
  [/\bpp\\\. /, 'pages'], [/\(preprint\)/, 'cv_preprint'], [/\(under review\)/, 'cv_under_review'], [/Curriculum Vitae/, 'cv_title'],
];

test('the CV\'s own words follow the site\'s language: author lists, venue details, statuses, the document title', async () => {
  const cvSource = async (tag: string) => {
    // A BibTeX author list ending in "and others" makes the CV print its "et al.".
    const result = await buildContent({ ...wordySite(tag), 'publications.bib': '@article{c, title = {Σ}, author = {Wang, Zeqing and A and others}, journal = {Φ}, year = {2024}}\n' });
    assert.deepEqual(messages(result), [], tag);
    const design = loadDesign(undefined, '.');
    assert.ok(!('rule' in design));
    const look = { design, paper: 'a4', fonts: [], accent: '#000000' } as const;
    const typ = cvTypstSource(result.site!, look, undefined, () => ({ file: 'site.yml', line: 1, col: 1 })).source;
    // The design's own lines are the design's business; the settings above it and the content below are Vita's.
    return typ.slice(0, typ.indexOf('// ---- design')) + typ.slice(typ.indexOf('// ---- content ----'));
  };
  const english = await cvSource('en');
  for (const [word] of ENGLISH_CV_WORDS) assert.match(english, word, `the English CV prints ${word}, so this test can fail`);
  for (const locale of LOCALES.filter((l) => l.tag !== 'en')) {
    const typ = await cvSource(locale.tag);
    const left = ENGLISH_CV_WORDS.filter(([word, key]) => locale.messages[key] !== ENGLISH.messages[key] && word.test(typ)).map(String);
    assert.deepEqual(left, [], locale.tag);
  }
});
