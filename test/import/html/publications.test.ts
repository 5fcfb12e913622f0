import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyVenueText } from '../../../src/import/html/venue.js';
import { runBlocks } from './helpers.js';

const PUB = (title: string, authors: string, venue: string, links: string) => `  <tr>
    <td>
      <b>${title}</b>
      <br>
      ${authors} ${venue}
      <br>
      ${links}
    </td>
  </tr>`;

test('a publication table becomes data/publications.yml with keys, tiers, tags, links and the owner\'s name', () => {
  const body = `<table>
${PUB('"Is this Generated Person Existed in Real-world?"', '<u>Zeqing Wang</u>, Qingyang Ma and Keze Wang.', '<i>CVPR 2025 <b>Highlight</b> (CCF-A)</i>', '[<a href="https://arxiv.org/abs/2411.14205">Arxiv</a>][<a href="https://github.com/x/y">Code &amp; Ckpt</a>]')}
${PUB('"TimeCausality: Evaluating the Causal Ability"', '<u>Zeqing Wang*</u>, Shiyuan Zhang*, Chengpei Tang and Keze Wang.', '<i>preprint</i>.', '[<a href="https://arxiv.org/abs/2505.15435">Arxiv</a>]')}
${PUB('"A Novel College Entrance Filling Recommendation Algorithm"', '<b>Z. Wang</b>, Xiaosong Han.', '<i>Computer Science(Chinese, CCF-B)</i>.', '[<a href="https://www.jsjkx.com/CN/10.11896/jsjkx.211100266">Paper</a>]\n      [<a href="https://github.com/Zeqing-Wang/Reco-PMW">Code</a>]')}
${PUB('"Towards Top-Down Reasoning"', '<u>Zeqing Wang</u>, Liang Lin.', '<i>IEEE Transactions on Multimedia (CCF-B, Q1)</i>.', '')}
</table>
`;
  const r = runBlocks(body);
  assert.equal(r.text, '::publications\n\n');
  assert.deepEqual(r.data.publications, [
    { key: 'wang2025generated', title: 'Is this Generated Person Existed in Real-world?', authors: ['Zeqing Wang', 'Qingyang Ma', 'Keze Wang'], type: 'conference', status: 'published', venue: 'CVPR', year: 2025, tier: ['CCF-A'], tags: ['Highlight'], arxiv: '2411.14205',
      links: [{ label: 'Arxiv', url: 'https://arxiv.org/abs/2411.14205' }, { label: 'Code & Ckpt', url: 'https://github.com/x/y' }] },
    { key: 'wangtimecausality', title: 'TimeCausality: Evaluating the Causal Ability', authors: ['Zeqing Wang*', 'Shiyuan Zhang*', 'Chengpei Tang', 'Keze Wang'], type: 'preprint', status: 'preprint', arxiv: '2505.15435',
      links: [{ label: 'Arxiv', url: 'https://arxiv.org/abs/2505.15435' }] },
    { key: 'wangnovel', title: 'A Novel College Entrance Filling Recommendation Algorithm', authors: ['Z. Wang', 'Xiaosong Han'], type: 'article', status: 'published', venue: 'Computer Science (Chinese)', tier: ['CCF-B'],
      links: [{ label: 'Paper', url: 'https://www.jsjkx.com/CN/10.11896/jsjkx.211100266' }, { label: 'Code', url: 'https://github.com/Zeqing-Wang/Reco-PMW' }] },
    { key: 'wangtopdown', title: 'Towards Top-Down Reasoning', authors: ['Zeqing Wang', 'Liang Lin'], type: 'article', status: 'published', venue: 'IEEE Transactions on Multimedia', tier: ['CCF-B', 'Q1'] },
  ]);
  assert.deepEqual(r.data.owners, ['Zeqing Wang', 'Z. Wang']);
  assert.deepEqual(r.lines, ['p.md:1: publication list (4 entries) → data/publications.yml, `::publications`']);
});

test('near miss: an entry with a quoted title but no authors keeps the table verbatim', () => {
  const body = `<table>\n${PUB('"Paper A"', 'Ann Lee.', '<i>ICML 2020</i>', '')}\n${PUB('"Paper B"', '', '<i>ICML 2021</i>', '')}\n</table>\n`;
  const r = runBlocks(body);
  assert.equal(r.text, body);
  assert.deepEqual(r.lines, ['p.md:1: publication list kept as HTML: item 2 ("\\"Paper B\\" ICML 2021") has no authors between the title and the venue'.replace(/\\"/g, '"')]);
});

test('near miss: a row without a quoted title in a publication table', () => {
  const body = `<table>\n${PUB('"Paper A"', 'Ann Lee.', '<i>ICML 2020</i>', '')}\n<tr><td>Some unrelated note</td></tr>\n</table>\n`;
  assert.deepEqual(runBlocks(body).lines, ['p.md:1: publication list kept as HTML: item 2 ("Some unrelated note") has no title in quotes inside <b>']);
});

test('venue text: years, tiers, kept notes and conference detection', () => {
  assert.deepEqual(classifyVenueText('AAAI 2024(CCF-A)'), { name: 'AAAI', year: 2024, tiers: ['CCF-A'], tags: [], type: 'conference', status: 'published' });
  assert.deepEqual(classifyVenueText('Pattern Recognition Letters(CCF-C)'), { name: 'Pattern Recognition Letters', tiers: ['CCF-C'], tags: [], type: 'article', status: 'published' });
  assert.deepEqual(classifyVenueText('Proceedings of ACL (CORE A*, Oral)'), { name: 'Proceedings of ACL (Oral)', tiers: ['CORE A*'], tags: [], type: 'conference', status: 'published' });
  assert.deepEqual(classifyVenueText('under review'), { tiers: [], tags: [], type: 'preprint', status: 'under-review' });
});
