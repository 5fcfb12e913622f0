/**
 * Issue #13, class 1: a page listing one category of papers (`where: "category"` then a loop) becomes
 * `::publications{type=…}` when that type holds exactly those papers; otherwise the Liquid stays as an HTML
 * comment with a report line at file:line. `site.posts | size` is the number of posts the old site had.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/build.js';
import { FEATURES } from '../../src/features/index.js';
import { importAcademicpages } from '../../src/import/import-site.js';
import { writeSite } from '../helpers/site.js';

const CONFIG = 'title: T\nurl: https://t.example\nauthor:\n  name: Ann Lee\n';

function paper(category: string): string {
  return `---\ntitle: "P"\ncategory: ${category}\nauthors: Ann Lee\n---\n`;
}

const PAGE = `---
title: Papers
permalink: /papers/
---
{% assign confs = site.publications | where: "category", "conferences" %}
## Conference papers
{% for post in confs reversed %}
  {% include archive-single.html %}
{% endfor %}

{% assign mss = site.publications | where: "category", "manuscripts" %}
{% for post in mss reversed %}{% include archive-single.html %}{% endfor %}

{% assign older = site.publications | where: "category", "conferences" %}
{% for post in older %}{% include archive-single.html %}{% endfor %}

{{ site.posts | size }} posts.
`;

test('class 1: a where-filtered loop over publications becomes ::publications{type} only when exact', async () => {
  const src = writeSite({
    '_config.yml': CONFIG,
    '_publications/2020-01-01-a.md': paper('conferences'),
    '_publications/2021-01-01-b.md': paper('conferences'),
    // manuscripts and journals are both Vita articles: `type=article` would list the journal paper too.
    '_publications/2022-01-01-c.md': paper('manuscripts'),
    '_publications/2023-01-01-d.md': paper('journals'),
    '_pages/papers.md': PAGE,
  });
  const dest = join(src, 'out');
  const result = importAcademicpages({ src, dest });
  assert.deepEqual(result.diagnostics, []);
  assert.equal(readFileSync(join(dest, 'pages/papers.md'), 'utf8'), `---
title: Papers
permalink: /papers/
---

## Conference papers

::publications{type=conference}

<!-- Liquid from the old site: {% assign mss = site.publications | where: "category", "manuscripts" %} -->
<!-- Liquid from the old site: {% for post in mss reversed %}{% include archive-single.html %}{% endfor %} -->

::publications{type=conference}

0 posts.
`);
  const kept = 'not evaluated, kept as an HTML comment (invisible; rewrite it by hand)';
  assert.deepEqual(result.report.split('\n').filter((l) => l.startsWith('- _pages')), [
    '- _pages/papers.md:5: `{% assign confs = site.publications | where: "category", "conferences" %}` removed: '
      + 'the loop over confs becomes `::publications{type=conference}`',
    '- _pages/papers.md:7: `{% for post in confs reversed %}` → `::publications{type=conference}`',
    '- _pages/papers.md:11: `{% assign mss = site.publications | where: "category", "manuscripts" %}` has no Vita '
      + 'filter listing exactly it: Vita\'s type article also holds papers of other categories',
    `- _pages/papers.md:11: ${kept}: \`{% assign mss = site.publications | where: "category", "manuscripts" %}\``,
    `- _pages/papers.md:12: ${kept}: \`{% for post in mss reversed %}\``,
    '- _pages/papers.md:14: `{% assign older = site.publications | where: "category", "conferences" %}` removed: '
      + 'the loop over older becomes `::publications{type=conference}`',
    '- _pages/papers.md:15: `{% for post in older %}` listed oldest first; Vita lists newest first',
    '- _pages/papers.md:15: `{% for post in older %}` → `::publications{type=conference}`',
    '- _pages/papers.md:17: `{{ site.posts | size }}` replaced by the number of entries the old site had: 0',
  ]);
  const built = await build({ root: dest, write: false, features: FEATURES });
  assert.deepEqual(built.diagnostics, []);
});

test('class 1: all papers sorted by date become ::publications; group_by and a reassigned list stay for review', () => {
  const src = writeSite({
    '_config.yml': CONFIG,
    '_publications/2020-01-01-a.md': paper('conferences'),
    '_pages/all.md': `---\ntitle: All\npermalink: /all/\n---\n`
      + '{% assign sorted = site.publications | sort: "date" %}\n'
      + '{% for post in sorted reversed %}{% include archive-single.html %}{% endfor %}\n\n'
      + '{% assign by = site.publications | group_by: "category" %}\n'
      + '{% assign two = site.publications | where: "category", "conferences" %}\n'
      + '{% assign two = site.talks %}\n'
      + '{% for post in two %}{% include archive-single.html %}{% endfor %}\n',
  });
  const dest = join(src, 'out');
  const result = importAcademicpages({ src, dest });
  assert.deepEqual(result.diagnostics, []);
  assert.match(readFileSync(join(dest, 'pages/all.md'), 'utf8'), /^---\n[^]*?---\n\n::publications\n\n<!-- Liquid/);
  const kept = 'not evaluated, kept as an HTML comment (invisible; rewrite it by hand)';
  assert.deepEqual(result.report.split('\n').filter((l) => l.startsWith('- _pages')), [
    '- _pages/all.md:5: `{% assign sorted = site.publications | sort: "date" %}` removed: '
      + 'the loop over sorted becomes `::publications`',
    '- _pages/all.md:6: `{% for post in sorted reversed %}` → `::publications`',
    `- _pages/all.md:8: ${kept}: \`{% assign by = site.publications | group_by: "category" %}\``,
    '- _pages/all.md:9: `{% assign two = site.publications | where: "category", "conferences" %}` has no Vita '
      + 'filter listing exactly it: it is assigned more than once on the page',
    `- _pages/all.md:9: ${kept}: \`{% assign two = site.publications | where: "category", "conferences" %}\``,
    `- _pages/all.md:10: ${kept}: \`{% assign two = site.talks %}\``,
    `- _pages/all.md:11: ${kept}: \`{% for post in two %}\``,
  ]);
});
