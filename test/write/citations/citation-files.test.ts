import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { citationFiles } from '../../../src/write/citations/citation-files.js';
import { toRis } from '../../../src/write/citations/ris.js';
import { toCslJson } from '../../../src/write/citations/csl-json.js';
import { publicationSite, pub } from '../../render/publications/publication-site.js';
import { loadBibtexParser } from '../../../src/lazy-modules.js';

// build() imports the BibTeX parser when a site needs it; these tests call the steps directly.
before(loadBibtexParser);

const site = publicationSite();

test('three files per publication, beside its page', () => {
  const files = [...citationFiles(site)];
  assert.equal(files.length, 27);
  assert.deepEqual(files.slice(0, 3).map((f) => f.path), [
    'publications/wang2025timecausality/wang2025timecausality.bib',
    'publications/wang2025timecausality/wang2025timecausality.ris',
    'publications/wang2025timecausality/wang2025timecausality.json',
  ]);
  assert.equal(Buffer.from(files[0]!.content).toString('utf8'), `@misc{wang2025timecausality,
  title = {TimeCausality: Evaluating the Causal Ability in Time Dimension for Vision Language Models},
  author = {Wang, Zeqing and Zhang, Shiyuan and Tang, Chengpei and Wang, Keze},
  year = 2025,
  month = may,
  eprint = {2505.15435},
  archiveprefix = {arXiv}
}
`);
});

test('RIS for a journal article', () => {
  assert.equal(toRis(pub(site, 'hochreiter1997lstm')), [
    'TY  - JOUR', 'TI  - Long Short-Term Memory', 'AU  - Hochreiter, Sepp', 'AU  - Schmidhuber, Jürgen', 'DA  - 1997/11//', 'PY  - 1997',
    'JO  - Neural Computation', 'VL  - 9', 'IS  - 8', 'SP  - 1735', 'EP  - 1780', 'PB  - MIT Press', 'DO  - 10.1162/neco.1997.9.8.1735',
    'ID  - hochreiter1997lstm', 'ER  -', '',
  ].join('\r\n'));
});

test('CSL-JSON for a conference paper with math in the title', () => {
  assert.deepEqual(JSON.parse(toCslJson(pub(site, 'ajtai1983sorting'))), [{
    id: 'ajtai1983sorting',
    type: 'paper-conference',
    title: 'An O(n log n) Sorting Network',
    author: [{ family: 'Ajtai', given: 'Miklós' }, { family: 'Komlós', given: 'János' }, { family: 'Szemerédi', given: 'Endre' }],
    issued: { 'date-parts': [[1983]] },
    'container-title': 'Proceedings of the Fifteenth Annual ACM Symposium on Theory of Computing',
    page: '1–9',
    publisher: 'ACM',
  }]);
});
