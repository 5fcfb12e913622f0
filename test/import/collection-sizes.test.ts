/**
 * Issue #13, class 1: `{{ site.<collection> | size }}` prints the number of entries Jekyll published (no
 * `published: false`, no future date); a collection with a date Jekyll would have read otherwise stays for review.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { importAcademicpages } from '../../src/import/import-site.js';
import { writeSite } from '../helpers/site.js';

const CONFIG = 'title: T\nurl: https://t.example\nauthor:\n  name: Ann Lee\n';

test('class 1: collection sizes are the entries the old site published; an odd date leaves the count unknown', () => {
  const src = writeSite({
    '_config.yml': CONFIG,
    '_posts/2020-01-01-a.md': '---\ntitle: A\n---\nA.\n',
    '_posts/2021-01-01-b.md': '---\ntitle: B\npublished: false\n---\nB.\n',
    '_posts/2099-01-01-c.md': '---\ntitle: C\n---\nC.\n',
    '_posts/2020-02-01-d.md': '---\ntitle: D\ndate: 2099-02-01\n---\nD.\n',
    '_publications/2020-01-01-p.md': '---\ntitle: P\nauthors: Ann Lee\n---\n',
    '_publications/2021-01-01-q.md': '---\ntitle: Q\nauthors: Ann Lee\n---\n',
    '_talks/t.md': '---\ntitle: T\ndate: Spring 2021\n---\n',
    '_pages/about.md': '---\ntitle: About\npermalink: /\n---\n'
      + '{{ site.posts | size }} posts, {{site.publications|size}} papers, {{ site.talks | size }} talks, '
      + '{{ site.constructor | size }}.\n',
  });
  const dest = join(src, 'out');
  const result = importAcademicpages({ src, dest, today: '2026-01-01' });
  assert.deepEqual(result.diagnostics, []);
  assert.match(readFileSync(join(dest, 'pages/index.md'), 'utf8'), new RegExp('\n1 posts, 2 papers, '
    + '<!-- Liquid from the old site: \\{\\{ site.talks \\| size \\}\\} --> talks, '
    + '<!-- Liquid from the old site: \\{\\{ site.constructor \\| size \\}\\} -->.\n$'));
  const kept = 'not evaluated, kept as an HTML comment (invisible; rewrite it by hand)';
  assert.deepEqual(result.report.split('\n').filter((l) => l.startsWith('- _pages')), [
    '- _pages/about.md:5: `{{ site.posts | size }}` replaced by the number of entries the old site had: 1',
    '- _pages/about.md:5: `{{site.publications|size}}` replaced by the number of entries the old site had: 2',
    `- _pages/about.md:5: ${kept}: \`{{ site.constructor | size }}\``,
    `- _pages/about.md:5: ${kept}: \`{{ site.talks | size }}\``,
  ]);
});
