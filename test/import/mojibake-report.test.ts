// The import report on a post full of mojibake: one line per kind of repair with its count and the first places,
// not one line per repair (a 1 MB post used to give 196,608 lines).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { charOf, windows1252 } from '../../src/import/codepages.js';
import { importAcademicpages } from '../../src/import/import-site.js';
import { writeSite } from '../helpers/site.js';

// What a tool that read UTF-8 as Windows-1252 made of `text`.
const mangled = (text: string) => [...Buffer.from(text, 'utf8')].map((b) => (b < 0x80 ? String.fromCharCode(b) : charOf(windows1252, b)!)).join('');

test('a post full of mojibake gives one report line per kind of repair, with its count and first three places', () => {
  const body = mangled('Café naïve résumé — über\n').repeat(1000) + '\n' + mangled('é ñ ô à ç ö å ø ß æ œ ł ğ\n') + 'x Õ± y Õ±\n';
  const src = writeSite({
    '_config.yml': 'title: T\nurl: https://t.example\nauthor:\n  name: T\n',
    '_posts/2024-01-01-bench.md': `---\ntitle: Bench\n---\n\n${body}`,
  });
  const result = importAcademicpages({ src, dest: join(src, 'out') });
  assert.deepEqual(result.diagnostics, []);
  const report = readFileSync(join(src, 'out', 'IMPORT-REPORT.md'), 'utf8');
  const at = (...places: string[]) => places.map((p) => `_posts/2024-01-01-bench.md:${p}`).join(', ');
  assert.equal(report, `# Import report: academicpages → Vita

## Summary

- posts: 1

## Old addresses and links kept working (1)

- _posts/2024-01-01-bench.md: old address /2024/01/01/bench.html redirects to the post's new address /posts/bench/

## Mojibake repaired (11)

- _posts/2024-01-01-bench.md:5: \`Ã©\` → \`é\` (UTF-8 read as Windows-1252), 3001 times, first at ${at('5:4', '5:15', '5:20')}
- _posts/2024-01-01-bench.md:5: \`Ã¯\` → \`ï\` (UTF-8 read as Windows-1252), 1000 times, first at ${at('5:9', '6:9', '7:9')}
- _posts/2024-01-01-bench.md:5: \`â€”\` → \`—\` (UTF-8 read as Windows-1252), 1000 times, first at ${at('5:23', '6:23', '7:23')}
- _posts/2024-01-01-bench.md:5: \`Ã¼\` → \`ü\` (UTF-8 read as Windows-1252), 1000 times, first at ${at('5:27', '6:27', '7:27')}
- _posts/2024-01-01-bench.md:1006: \`Ã±\` → \`ñ\` (UTF-8 read as Windows-1252)
- _posts/2024-01-01-bench.md:1006: \`Ã´\` → \`ô\` (UTF-8 read as Windows-1252)
- _posts/2024-01-01-bench.md:1006: \`Ã\u00a0\` → \`à\` (UTF-8 read as Windows-1252)
- _posts/2024-01-01-bench.md:1006: \`Ã§\` → \`ç\` (UTF-8 read as Windows-1252)
- _posts/2024-01-01-bench.md:1006: \`Ã¶\` → \`ö\` (UTF-8 read as Windows-1252)
- _posts/2024-01-01-bench.md:1006: \`Ã¥\` → \`å\` (UTF-8 read as Windows-1252)
- _posts/2024-01-01-bench.md:1006: 6 other kinds of run repaired, 6 times in all, the first at ${at('1006:22')}

## Kept verbatim (1)

- _posts/2024-01-01-bench.md:1007: \`Õ±\` looks like mojibake but reads as \`ͱ\` or \`ձ\`: left alone, 2 times, at ${at('1007:3', '1007:8')}
`);
  // Every run was repaired in the page itself.
  const page = readFileSync(join(src, 'out', 'posts', '2024-01-01-bench.md'), 'utf8');
  assert.equal(page.split('Café naïve résumé — über\n').length, 1001);
  assert.ok(page.includes('é ñ ô à ç ö å ø ß æ œ ł ğ\nx Õ± y Õ±\n'));
});
