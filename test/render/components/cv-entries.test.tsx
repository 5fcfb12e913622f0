import { englishUi } from '../../helpers/ui.js';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import type { Publication } from '../../../src/model/types.js';
import { CvPublications } from '../../../src/render/components/cv-entries.js';

function pub(extra: Partial<Publication>): Publication {
  return {
    key: 'k', type: 'article', status: 'published', title: 'A <title>', authors: [], tiers: [], tags: [], selected: false, links: [],
    bibtexShow: false, source: { file: 'publications.bib', line: 1, col: 1 }, ...extra,
  };
}

test('CV publications: authors with the owner in bold and equal contribution marked, title, venue, year, status', () => {
  const html = renderToString(<CvPublications ui={englishUi} pubs={[
    pub({
      authors: [
        { name: 'Ada L', isOwner: true, equal: true, corresponding: false },
        { name: 'B <C>', isOwner: false, equal: true, corresponding: false },
        { name: 'D E', isOwner: false, equal: false, corresponding: true },
      ],
      venue: 'Journal & Co', year: 2024,
    }),
    pub({ authors: [{ name: 'Ada L', isOwner: true, equal: false, corresponding: false }], etAl: true, status: 'under-review', year: 2025 }),
  ]} />);
  assert.equal(html,
    '<ol class="cv-pubs">' +
    '<li class="cv-pub"><strong>Ada L</strong><sup title="Equal contribution">*</sup>, B &lt;C><sup title="Equal contribution">*</sup> and D E. <span class="cv-pub__title">A &lt;title></span>. <em>Journal &amp; Co</em>, 2024.</li>' +
    '<li class="cv-pub"><strong>Ada L</strong> et al. <span class="cv-pub__title">A &lt;title></span>. 2025.<span class="cv-entry__note"> (under review)</span></li>' +
    '</ol>');
});
