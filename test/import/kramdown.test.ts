import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDoc } from '../../src/import/edits.js';
import { convertKramdown, escapeLiteralStars } from '../../src/import/kramdown.js';
import { formatLine, Report } from '../../src/import/report.js';

function run(body: string) {
  const report = new Report();
  const doc = convertKramdown(makeDoc(body, 1), 'p.md', report);
  return { text: doc.text, lines: report.lines.map(formatLine) };
}

test('{: .notice} and its variants turn the paragraph above into a callout', () => {
  const r = run('Intro.\n\nOffice hours\nare on Tuesdays.\n{: .notice--info}\n\nCareful!\n{: .notice--danger}\n\nDone.\n{: .notice}\n');
  assert.equal(r.text, 'Intro.\n\n:::note\nOffice hours\nare on Tuesdays.\n:::\n\n:::caution\nCareful!\n:::\n\n:::note\nDone.\n:::\n');
  assert.deepEqual(r.lines, [
    'p.md:5: `{: .notice--info}` → `:::note` callout',
    'p.md:8: `{: .notice--danger}` → `:::caution` callout',
    'p.md:11: `{: .notice}` → `:::note` callout',
  ]);
});

test('{:toc} and its list item are removed and reported; other attribute lists are removed and reported', () => {
  const r = run('* toc\n{:toc}\n\n# Title {#custom-id}\n\n[Button](/x/){: .btn .btn--primary}\n\nPara.\n{: .text-center}\n');
  assert.equal(r.text, '\n# Title\n\n[Button](/x/)\n\nPara.\n');
  assert.deepEqual(r.lines, [
    'p.md:2: `{:toc}` table of contents removed: Vita pages have no generated table of contents',
    'p.md:4: heading id `{#custom-id}` removed: Vita makes ids from the heading text',
    'p.md:6: `{: .btn .btn--primary}` removed',
    'p.md:9: attribute list `{: .text-center}` removed: Vita has no equivalent',
  ]);
});

test('markdown="1" divs: notice classes become callouts, others get blank lines so Markdown is read inside', () => {
  const r = run('<div class="notice--success" markdown="1">\n  **Done:** all *good*.\n</div>\n\n<div class="box" markdown="1">\n    * one\n    * two\n</div>\n');
  assert.equal(r.text, '\n:::tip\n**Done:** all *good*.\n:::\n\n\n<div class="box">\n\n* one\n* two\n\n</div>\n');
  assert.deepEqual(r.lines, [
    'p.md:1: `<div class="notice--success" markdown="1">` → `:::tip` callout',
    'p.md:5: `markdown="1"` div: its content is now read as Markdown by blank lines around it',
  ]);
});

test('kramdown syntax inside fenced code is left alone', () => {
  const body = '```\n{: .notice}\n{:toc}\n```\n';
  assert.deepEqual(run(body), { text: body, lines: [] });
});

test('a literal "(* " is escaped in Markdown lines, never inside HTML blocks or code', () => {
  const report = new Report();
  const body = '**Publications (* Denotes the equal contribution)**\n\n<td>\n(* kept)\n</td>\n\n`(* code)`\n';
  const doc = escapeLiteralStars(makeDoc(body, 3), 'p.md', report);
  assert.equal(doc.text, '**Publications (\\* Denotes the equal contribution)**\n\n<td>\n(* kept)\n</td>\n\n`(* code)`\n');
  assert.deepEqual(report.lines.map(formatLine), ['p.md:3: `(* ` written as `(\\* ` so that the star stays a star (CommonMark would read it as emphasis)']);
});

test('an image written with a backslash close (`\\>`) becomes an image; in code it stays as written', () => {
  const r = run('> Strain:\n>\n> <img src="/images/strain.jpg" width="500px" \\>\n\n`<br \\>` and <br>\n');
  assert.equal(r.text, '> Strain:\n>\n> <img src="/images/strain.jpg" width="500px" />\n\n`<br \\>` and <br>\n');
  assert.deepEqual(r.lines, ['p.md:3: `<img … \\>` written as `<img … />`: with a backslash the old site showed the tag as text']);
});
