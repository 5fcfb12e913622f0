import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publicationListPage } from '../../../src/render/publications/list-page.js';
import { publicationsDirective, renderPublicationsDirective, checkPublicationsOptions } from '../../../src/render/publications/directive.js';
import { publicationSite } from './publication-site.js';

const site = publicationSite();
const headings = (html: string) => [...html.matchAll(/<h2 id="([^"]+)">([^<]+)<\/h2>/g)].map((m) => `${m[1]} ${m[2]}`);
const titles = (html: string) => [...html.matchAll(/<a href="\/publications\/([^/]+)\/">/g)].map((m) => m[1]);

test('default sections: preprints first, then the rest by year, each paper once', () => {
  const page = publicationListPage(site, undefined, () => assert.fail('no problems expected'));
  assert.deepEqual(headings(page.bodyHtml), ['pubs-preprints Preprints', 'pubs-year-2025 2025', 'pubs-year-2022 2022', 'pubs-year-2017 2017', 'pubs-year-2016 2016', 'pubs-year-1997 1997', 'pubs-year-1983 1983', 'pubs-year-1960 1960']);
  assert.deepEqual(titles(page.bodyHtml), ['wang2025timecausality', 'wang2025humancalibrator', 'wang2025topdown', 'wang2022college', 'vaswani2017attention', 'dvorak2016coloring', 'hochreiter1997lstm', 'ajtai1983sorting', 'erdos1960evolution']);
  assert.ok(page.bodyHtml.startsWith('<div class="publications"><p class="publication-legend"><span class="publication-legend__item"><sup>*</sup> Equal contribution</span> · <span class="publication-legend__item"><sup>†</sup> Corresponding author</span></p>'));
  assert.equal(page.description, '9 publications by Zeqing Wang.');
});

test('front matter sections: selected, then by type, with a custom title', () => {
  const page = publicationListPage(site, { publications: { sections: [{ kind: 'selected', title: 'Highlights' }, 'type'] } }, () => assert.fail('no problems expected'));
  assert.deepEqual(headings(page.bodyHtml), ['pubs-selected Highlights', 'pubs-type-article Journal articles', 'pubs-type-conference Conference papers', 'pubs-type-preprint Preprints']);
  assert.deepEqual(titles(page.bodyHtml).slice(0, 2), ['wang2025humancalibrator', 'wang2025topdown']);
});

test('"preprint" and "years" are read as the section kinds people mean', () => {
  const page = publicationListPage(site, { publications: { sections: ['preprint', 'years'] } }, () => assert.fail('no problems expected'));
  assert.deepEqual(headings(page.bodyHtml).slice(0, 2), ['pubs-preprints Preprints', 'pubs-year-2025 2025']);
});

test('bad section settings are reported and the defaults used', () => {
  const problems: string[] = [];
  const page = publicationListPage(site, { publications: { sections: ['selected', 'byyear'] } }, (m) => problems.push(m));
  assert.deepEqual(problems, ['Unknown publications section "byyear".']);
  assert.deepEqual(headings(page.bodyHtml)[0], 'pubs-selected Selected publications');
});

test('the directive filters by selected, year, type, tag and status, then limits', () => {
  const keys = (options: Record<string, string | number | true>) => titles(renderPublicationsDirective(site, options));
  assert.deepEqual(keys({ selected: true }), ['wang2025humancalibrator', 'wang2025topdown']);
  assert.deepEqual(keys({ year: 2025, type: 'conference' }), ['wang2025humancalibrator']);
  assert.deepEqual(keys({ tag: 'highlight' }), ['wang2025humancalibrator']);
  assert.deepEqual(keys({ status: 'preprint' }), ['wang2025timecausality']);
  assert.deepEqual(keys({ type: 'article', limit: 2 }), ['wang2025topdown', 'wang2022college']);
  assert.deepEqual(publicationsDirective.options, { selected: 'flag', year: 'integer', type: 'text', tag: 'text', status: 'text', limit: 'integer' });
  assert.equal(checkPublicationsOptions({ type: 'journal' }), 'Unknown publication type "journal"; use one of article, conference, preprint, thesis, book, chapter, report, talk, other.');
  assert.equal(checkPublicationsOptions({ status: 'preprint' }), undefined);
});

test('an item: badges from venues.yml and tags, math title through KaTeX, labelled links', () => {
  const html = renderPublicationsDirective(site, { year: 2025, type: 'conference' });
  assert.ok(html.includes('<ul class="publication__badges"><li class="badge badge--venue">CVPR</li><li class="badge badge--tier">CCF-A</li><li class="badge badge--tag">Highlight</li></ul>'));
  const math = renderPublicationsDirective(site, { year: 1983 });
  assert.ok(math.includes('<h3 class="publication__title"><a href="/publications/ajtai1983sorting/">An <span class="katex"><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>O</mi>'));
  const yaml = renderPublicationsDirective(site, { status: 'preprint' });
  assert.ok(yaml.includes('<p class="publication__venue"><em>arXiv preprint</em> arXiv:2505.15435, 2025</p>'));
  assert.ok(yaml.includes('href="https://github.com/Zeqing-Wang/TimeCausality">'));
  assert.ok(yaml.includes('</svg>Code &amp; Ckpt</a></li>'));
  assert.ok(yaml.includes('<li><a class="publication__link" href="https://arxiv.org/abs/2505.15435"><svg class="icon"'));
});
