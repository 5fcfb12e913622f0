import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { paperPage } from '../../../src/render/publications/paper-page.js';
import { publicationSite, pub } from './publication-site.js';
import { loadBibtexParser } from '../../../src/lazy-modules.js';

// build() imports the BibTeX parser when a site needs it; these tests call the steps directly.
before(loadBibtexParser);

const site = publicationSite();

test('Highwire tags for a journal article with a PDF on the site', () => {
  const page = paperPage(site, pub(site, 'wang2025topdown'));
  assert.equal(page.url, '/publications/wang2025topdown/');
  assert.equal(page.extraHead, [
    '<meta name="citation_title" content="Towards Top-Down Reasoning: An Explainable Multi-Agent Approach for Visual Question Answering">',
    '<meta name="citation_author" content="Wang, Zeqing">',
    '<meta name="citation_author" content="Wan, Wentao">',
    '<meta name="citation_author" content="Lao, Qiqing">',
    '<meta name="citation_author" content="Chen, Runmeng">',
    '<meta name="citation_author" content="Lang, Minjie">',
    '<meta name="citation_author" content="Wang, Keze">',
    '<meta name="citation_author" content="Lin, Liang">',
    '<meta name="citation_publication_date" content="2025">',
    '<meta name="citation_journal_title" content="IEEE Transactions on Multimedia">',
    '<meta name="citation_pdf_url" content="https://zeqing-wang.github.io/assets/pdf/topdown.pdf">',
    '<meta name="citation_arxiv_id" content="2311.17331">',
  ].join('\n'));
});

test('Highwire tags for a conference paper: accents, month, volume, pages', () => {
  const page = paperPage(site, pub(site, 'vaswani2017attention'));
  assert.equal(page.extraHead, [
    '<meta name="citation_title" content="Attention is All you Need">',
    '<meta name="citation_author" content="Vaswani, Ashish">',
    '<meta name="citation_author" content="Shazeer, Noam">',
    '<meta name="citation_author" content="Parmar, Niki">',
    '<meta name="citation_author" content="Uszkoreit, Jakob">',
    '<meta name="citation_author" content="Jones, Llion">',
    '<meta name="citation_author" content="Gomez, Aidan N.">',
    '<meta name="citation_author" content="Kaiser, Łukasz">',
    '<meta name="citation_author" content="Polosukhin, Illia">',
    '<meta name="citation_publication_date" content="2017/12">',
    '<meta name="citation_conference_title" content="Advances in Neural Information Processing Systems 30">',
    '<meta name="citation_volume" content="30">',
    '<meta name="citation_firstpage" content="5998">',
    '<meta name="citation_lastpage" content="6008">',
    '<meta name="citation_arxiv_id" content="1706.03762">',
  ].join('\n'));
});

test('Highwire values are attribute-escaped and math becomes Unicode text', () => {
  const base = pub(site, 'hochreiter1997lstm');
  const page = paperPage(site, { ...base, title: 'Say "hi" & <b>$\\alpha$</b>', authors: [{ ...base.authors[0]!, family: 'O"Brien' }] });
  assert.match(page.extraHead, /^<meta name="citation_title" content="Say &quot;hi&quot; &amp; &lt;b&gt;α&lt;\/b&gt;">\n<meta name="citation_author" content="O&quot;Brien, Sepp">/);
  assert.match(page.extraHead, /<meta name="citation_issue" content="8">\n<meta name="citation_firstpage" content="1735">\n<meta name="citation_lastpage" content="1780">\n<meta name="citation_publisher" content="MIT Press">\n<meta name="citation_doi" content="10.1162\/neco.1997.9.8.1735">$/);
});

test('ScholarlyArticle JSON-LD: every author a Person, the owner linked to the site', () => {
  const [ld] = paperPage(site, pub(site, 'wang2025timecausality')).jsonLd as Record<string, unknown>[];
  assert.deepEqual(ld, {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': 'https://zeqing-wang.github.io/publications/wang2025timecausality/',
    url: 'https://zeqing-wang.github.io/publications/wang2025timecausality/',
    name: 'TimeCausality: Evaluating the Causal Ability in Time Dimension for Vision Language Models',
    headline: 'TimeCausality: Evaluating the Causal Ability in Time Dimension for Vision Language Models',
    author: [
      { '@type': 'Person', name: 'Zeqing Wang', givenName: 'Zeqing', familyName: 'Wang', url: 'https://zeqing-wang.github.io/' },
      { '@type': 'Person', name: 'Shiyuan Zhang', givenName: 'Shiyuan', familyName: 'Zhang' },
      { '@type': 'Person', name: 'Chengpei Tang', givenName: 'Chengpei', familyName: 'Tang' },
      { '@type': 'Person', name: 'Keze Wang', givenName: 'Keze', familyName: 'Wang' },
    ],
    datePublished: '2025-05',
    sameAs: ['https://arxiv.org/abs/2505.15435'],
  });
});

test('the page body: math title as plain text, venue line, downloads beside the page', () => {
  const page = paperPage(site, pub(site, 'ajtai1983sorting'));
  assert.equal(page.title, 'An O(n log n) Sorting Network');
  assert.equal(page.description, 'Miklós Ajtai, János Komlós, Endre Szemerédi. Proceedings of the Fifteenth Annual ACM Symposium on Theory of Computing. 1983');
  assert.ok(page.bodyHtml.includes('<p class="publication__venue"><em>Proceedings of the Fifteenth Annual ACM Symposium on Theory of Computing</em>, pp. 1–9, 1983</p>'));
  assert.ok(page.bodyHtml.includes('<ul class="paper__downloads"><li><a href="/publications/ajtai1983sorting/ajtai1983sorting.bib" download>BibTeX (.bib)</a></li>' +
    '<li><a href="/publications/ajtai1983sorting/ajtai1983sorting.ris" download>RIS (.ris)</a></li>' +
    '<li><a href="/publications/ajtai1983sorting/ajtai1983sorting.json" download>CSL-JSON (.json)</a></li></ul>'));
  assert.ok(!/[\\{}]/.test(page.bodyHtml.replace(/<pre[^]*?<\/pre>/g, '')), 'no backslash or brace outside the BibTeX block');
});
