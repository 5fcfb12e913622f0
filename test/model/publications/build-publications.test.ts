import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DiagnosticBag, location } from '../../../src/diagnostics/diagnostic.js';
import { readBibtex } from '../../../src/load/bibtex.js';
import { SourceText } from '../../../src/load/source-text.js';
import { loadYaml } from '../../../src/load/yaml.js';
import { buildPublications, type PublicationSources } from '../../../src/model/publications/build-publications.js';
import { loadBibtexParser } from '../../../src/lazy-modules.js';

// build() imports the BibTeX parser when a site needs it; these tests call the steps directly.
before(loadBibtexParser);

const dir = new URL('../../fixtures/publications/site/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const owner = { name: 'Zeqing Wang', nativeName: '王泽卿', nameVariants: ['Zeqing Wang', '王泽卿', 'Z. Wang'] };

function build(files: { bib?: string; yml?: string; venues?: string }) {
  const bag = new DiagnosticBag();
  const yaml = (file: string, text: string | undefined) => (text === undefined ? undefined : loadYaml(new SourceText(file, text), bag));
  const sources: PublicationSources = { owner };
  if (files.bib !== undefined) sources.bibtex = readBibtex(new SourceText('publications.bib', files.bib), bag);
  const y = yaml('data/publications.yml', files.yml);
  if (y) sources.yaml = y;
  const v = yaml('data/venues.yml', files.venues);
  if (v) sources.venues = v;
  const result = buildPublications(sources, bag);
  return { ...result, messages: bag.sorted().map((d) => `${location(d)} ${d.severity} ${d.message}`) };
}

test('the example site: BibTeX and YAML merged, newest year first, crossref volume left out', () => {
  const { publications, messages } = build({ bib: read('publications.bib'), yml: read('data/publications.yml'), venues: read('data/venues.yml') });
  assert.deepEqual(messages, []);
  assert.deepEqual(publications.map((p) => p.key), [
    'wang2025timecausality', 'wang2025humancalibrator', 'wang2025topdown', 'wang2022college', 'vaswani2017attention',
    'dvorak2016coloring', 'hochreiter1997lstm', 'ajtai1983sorting', 'erdos1960evolution',
  ]);
});

test('venues.yml supplies badges and tiers by key, alias or name with a year', () => {
  const { publications } = build({ bib: read('publications.bib'), yml: read('data/publications.yml'), venues: read('data/venues.yml') });
  const get = (key: string) => publications.find((p) => p.key === key)!;
  assert.deepEqual([get('wang2025humancalibrator').venueShort, get('wang2025humancalibrator').tiers], ['CVPR', ['CCF-A']]);
  assert.deepEqual([get('wang2025topdown').venue, get('wang2025topdown').venueShort, get('wang2025topdown').tiers], ['IEEE Transactions on Multimedia', 'TMM', ['CCF-B', 'Q1']]);
  assert.deepEqual([get('vaswani2017attention').venueShort, get('vaswani2017attention').tiers], ['NeurIPS', ['CCF-A']]);
  assert.deepEqual([get('wang2022college').venueShort, get('wang2022college').tiers], [undefined, ['CCF-B']]);
});

test('owner, equal and corresponding marks from author+an and from YAML markers', () => {
  const { publications } = build({ bib: read('publications.bib'), yml: read('data/publications.yml') });
  const marks = (key: string) => publications.find((p) => p.key === key)!.authors
    .map((a) => `${a.name}${a.isOwner ? '(me)' : ''}${a.equal ? '*' : ''}${a.corresponding ? '†' : ''}`).join(', ');
  assert.equal(marks('wang2025topdown'), 'Zeqing Wang(me)*, Wentao Wan*, Qiqing Lao, Runmeng Chen, Minjie Lang, Keze Wang†, Liang Lin');
  assert.equal(marks('wang2025timecausality'), 'Zeqing Wang(me)*, Shiyuan Zhang*, Chengpei Tang, Keze Wang†');
});

test('arXiv ids become links; al-folio pdf file names point into /assets/pdf/', () => {
  const { publications } = build({ bib: read('publications.bib'), yml: read('data/publications.yml') });
  const topdown = publications.find((p) => p.key === 'wang2025topdown')!;
  assert.deepEqual(topdown.links, [
    { label: 'arXiv', url: 'https://arxiv.org/abs/2311.17331', icon: 'arxiv' },
    { label: 'PDF', url: '/assets/pdf/topdown.pdf', icon: 'pdf' },
  ]);
  assert.equal(topdown.pdf, '/assets/pdf/topdown.pdf');
  assert.equal(topdown.arxiv, '2311.17331');
});

test('a key used twice in the .bib and once in YAML is one error naming every place', () => {
  const { publications, messages } = build({
    bib: '@misc{dup, title = {One}}\n\n@misc{other, title = {Two}}\n@misc{dup, title = {Three}}\n',
    yml: '- key: dup\n  title: Four\n  authors: [A. Person]\n',
  });
  assert.deepEqual(messages, ['publications.bib:1:1 error The publication key "dup" is used 3 times: data/publications.yml:1, publications.bib:1, publications.bib:4.']);
  assert.deepEqual(publications.map((p) => p.title), ['Four', 'Two']);
});

test('keys that differ only in case or punctuation name the same page and are refused too', () => {
  const { messages } = build({ bib: '@misc{Wang:2025, title = {One}}\n@misc{wang-2025, title = {Two}}\n' });
  assert.deepEqual(messages, ['publications.bib:2:1 error The publication keys "Wang:2025", "wang-2025" give the same page /publications/Wang-2025/: publications.bib:1, publications.bib:2.']);
});

test('unsafe URLs in BibTeX and YAML are refused at their field', () => {
  const { messages } = build({
    bib: '@misc{a,\n  title = {A},\n  code = {javascript:alert(1)},\n}\n',
    yml: '- key: b\n  title: B\n  authors: [X]\n  links:\n    - { label: Demo, url: "data:text/html,hi" }\n',
  });
  assert.deepEqual(messages, [
    'data/publications.yml:5:27 error The URL "data:text/html,hi" uses the "data:" scheme.',
    'publications.bib:3:3 error The URL "javascript:alert(1)" in field "code" of entry "a" uses the "javascript:" scheme.',
  ]);
});

test('YAML mistakes are reported per entry and the other entries survive', () => {
  const { publications, messages } = build({ yml: '- key: ok\n  title: Fine\n  authors: [A]\n- key: bad\n  title: Broken\n  authors: [B]\n  statsu: preprint\n  type: journal\n' });
  assert.deepEqual(messages, [
    'data/publications.yml:7:3 error Unknown key "statsu".',
    'data/publications.yml:8:9 error "type" must be one of "article", "conference", "preprint", "thesis", "book", "chapter", "report", "talk", "other".',
  ]);
  assert.deepEqual(publications.map((p) => p.key), ['ok']);
});

test('YAML publications get generated BibTeX with LaTeX specials escaped', () => {
  const { publications } = build({ yml: '- key: x1\n  title: "R&D at 100% for $\\\\alpha$_1"\n  authors: ["Zeqing Wang*", 王泽卿, "Keze Wang†"]\n  type: conference\n  venue: CVPR\n  year: 2025\n  month: 6\n  pages: 1-9\n  arxiv: "2411.14205"\n', venues: read('data/venues.yml') });
  assert.equal(publications[0]!.bibtex, `@inproceedings{x1,
  title = {R\\&D at 100\\% for $\\alpha$\\_1},
  author = {Wang, Zeqing and {王泽卿} and Wang, Keze},
  booktitle = {IEEE/CVF Conference on Computer Vision and Pattern Recognition},
  year = 2025,
  month = jun,
  pages = {1--9},
  eprint = {2411.14205},
  archiveprefix = {arXiv}
}`);
  assert.deepEqual(publications[0]!.authors.map((a) => a.isOwner), [true, true, false]);
});

test('a link the owner labelled wins over the generated one with the same label', () => {
  const { publications } = build({ yml: '- key: a\n  title: A\n  authors: [X]\n  arxiv: "2311.17331"\n  code: https://github.com/x/y\n  links:\n    - { label: arXiv, url: "https://arxiv.org/pdf/2311.17331" }\n' });
  assert.deepEqual(publications[0]!.links, [
    { label: 'Code', text: 'link_code', url: 'https://github.com/x/y', icon: 'github' },
    { label: 'arXiv', url: 'https://arxiv.org/pdf/2311.17331', icon: 'arxiv' },
  ]);
});

test('a BibTeX entry without a title is an error at its @', () => {
  const { messages } = build({ bib: '@misc{a, title = {A}}\n\n@article{b,\n  author = {X, Y},\n}\n' });
  assert.deepEqual(messages, ['publications.bib:3:1 error Entry "b" has no title.']);
});
