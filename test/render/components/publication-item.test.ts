import { englishUi } from '../../helpers/ui.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { badgesHtml, publicationLinksHtml, venueLineHtml } from '../../../src/render/components/publication-item.js';
import { publicationSite, pub } from '../publications/publication-site.js';

const site = publicationSite();

test('link labels and URLs are escaped; site-relative URLs get the base path and are percent-encoded once', () => {
  const p = { ...pub(site, 'erdos1960evolution'), links: [{ label: '<b>"Slides" & more</b>', url: '/files/a.pdf?x="1"&y=2' }] };
  assert.equal(publicationLinksHtml({ ui: englishUi, pub: p, basePath: '/repo' }),
    '<ul class="publication__links"><li><a class="publication__link" href="/repo/files/a.pdf?x=%221%22&amp;y=2">&lt;b&gt;&quot;Slides&quot; &amp; more&lt;/b&gt;</a></li></ul>');
});

test('badges: venue, status, tiers and tags, each escaped', () => {
  const p = { ...pub(site, 'erdos1960evolution'), venueShort: 'A&B', status: 'under-review' as const, tiers: ['Q1'], tags: ['<Oral>'] };
  assert.equal(badgesHtml({ ui: englishUi, pub: p }),
    '<ul class="publication__badges"><li class="badge badge--venue">A&amp;B</li><li class="badge badge--status">Under review</li><li class="badge badge--tier">Q1</li><li class="badge badge--tag">&lt;Oral></li></ul>');
});

test('venue line: journal in <em> with volume, issue, pages and year', () => {
  assert.equal(venueLineHtml({ ui: englishUi, pub: pub(site, 'hochreiter1997lstm') }),
    '<p class="publication__venue"><em>Neural Computation</em>, vol. 9, no. 8, pp. 1735–1780, 1997</p>');
});
