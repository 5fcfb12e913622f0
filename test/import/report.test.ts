// The import report stays short on a huge page: a line added again for the same file is counted, not repeated.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { importAcademicpages } from '../../src/import/import-site.js';
import { formatLine, Report } from '../../src/import/report.js';
import { writeSite } from '../helpers/site.js';

test('a post with a thousand lines of Liquid tags gives one report line per kind of tag, with its count and first places', () => {
  const body = '{% if site.x %}a{% endif %} {{ page.title }} {% include x.html %}\n'.repeat(1000) + '{% include y.html %}\n';
  const src = writeSite({
    '_config.yml': 'title: T\nurl: https://t.example\nauthor:\n  name: T\n',
    '_posts/2024-01-01-tags.md': `---\ntitle: Tags\n---\n\n${body}`,
  });
  const result = importAcademicpages({ src, dest: join(src, 'out') });
  assert.deepEqual(result.diagnostics, []);
  const report = readFileSync(join(src, 'out', 'IMPORT-REPORT.md'), 'utf8');
  const at = (...lines: number[]) => lines.map((l) => `_posts/2024-01-01-tags.md:${l}`).join(', ');
  assert.equal(report.slice(report.indexOf('## Liquid')), `## Liquid (4)

- _posts/2024-01-01-tags.md:5: \`{% if site.x %}\` evaluated with _config.yml and front matter values: content left out, 1000 times, first at ${at(5, 6, 7)}
- _posts/2024-01-01-tags.md:5: \`{{ page.title }}\` replaced by its front matter value "Tags", 1000 times, first at ${at(5, 6, 7)}
- _posts/2024-01-01-tags.md:5: not evaluated, kept as an HTML comment (invisible; rewrite it by hand): \`{% include x.html %}\`, 1000 times, first at ${at(5, 6, 7)}
- _posts/2024-01-01-tags.md:1005: not evaluated, kept as an HTML comment (invisible; rewrite it by hand): \`{% include y.html %}\`
`);
});

test('the same line for another file, or in another section, stays a line of its own; one taken back is gone', () => {
  const report = new Report();
  report.add('liquid', 'same', 'a.md', 3);
  report.add('liquid', 'same', 'b.md', 1);
  report.add('kramdown', 'same', 'a.md', 4);
  report.add('liquid', 'same', 'a.md', 9);
  report.add('liquid', 'same', 'a.md', 2);
  report.add('liquid', 'same', 'a.md', 12);
  assert.deepEqual(report.lines.map(formatLine), [
    'a.md:3: same, 4 times, first at a.md:3, a.md:9, a.md:2',
    'b.md:1: same',
    'a.md:4: same',
  ]);
  report.withdraw((l) => l.file === 'b.md');
  report.add('liquid', 'same', 'b.md', 7);
  assert.deepEqual(report.lines.map(formatLine), ['a.md:3: same, 4 times, first at a.md:3, a.md:9, a.md:2', 'a.md:4: same', 'b.md:7: same']);
});
