import { englishUi } from '../../helpers/ui.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToString } from 'preact-render-to-string';
import { Timeline } from '../../../src/render/components/timeline.js';
import type { TimelineEntry } from '../../../src/model/types.js';

const src = { file: 'data/experience.yml', line: 1, col: 1 };

test('an entry with logo, link, unit, role, open date range and location', () => {
  const entry: TimelineEntry = {
    organization: 'OPPO Research Institute', unit: 'Y-Lab', url: 'https://ur.oppo.com/', role: 'MLE intern',
    start: '2025-01', current: true, location: 'Shenzhen, China', logo: '/images/oppo.png', source: src,
  };
  assert.equal(renderToString(<Timeline ui={englishUi} entries={[entry]} basePath="/site" />),
    '<ol class="timeline"><li class="timeline__entry">' +
    '<img class="timeline__logo" src="/site/images/oppo.png" alt width="56" height="56" loading="lazy" decoding="async"/>' +
    '<div class="timeline__body"><p class="timeline__org"><strong><a href="https://ur.oppo.com/">OPPO Research Institute</a></strong>' +
    '<span class="timeline__unit">, Y-Lab</span></p><p class="timeline__role">MLE intern</p>' +
    '<p class="timeline__meta"><span class="timeline__dates">Jan 2025 – Present</span><span aria-hidden="true"> · </span>' +
    '<span class="timeline__location">Shenzhen, China</span></p></div></li></ol>');
});

test('data values are escaped; the description is inline Markdown', () => {
  const entry: TimelineEntry = {
    organization: '<script>x</script>', role: 'R&D "lead"', start: '2019-09', end: '2023-06', current: false,
    description: 'Worked on **Re-ID**', source: src,
  };
  const html = renderToString(<Timeline ui={englishUi} entries={[entry]} />);
  assert.match(html, /<strong>&lt;script>x&lt;\/script><\/strong>/);
  assert.match(html, /<p class="timeline__role">R&amp;D &quot;lead&quot;<\/p>/);
  assert.match(html, /<span class="timeline__dates">Sep 2019 – Jun 2023<\/span><\/p>/);
  assert.match(html, /<p class="timeline__desc">Worked on <strong>Re-ID<\/strong><\/p>/);
  assert.match(html, /<span class="timeline__logo timeline__logo--blank"><svg class="icon"/);
  assert.doesNotMatch(html, /<script>/);
});

test('limit keeps the first entries in the order given; none renders nothing', () => {
  const e = (organization: string): TimelineEntry => ({ organization, role: 'r', current: false, source: src });
  const html = renderToString(<Timeline ui={englishUi} entries={[e('A'), e('B'), e('C')]} limit={2} />);
  assert.deepEqual([...html.matchAll(/<strong>(\w)<\/strong>/g)].map((m) => m[1]), ['A', 'B']);
  assert.equal(renderToString(<Timeline ui={englishUi} entries={[]} />), '');
});
