import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { convertProject, convertPublication, convertTalk, convertTeaching, keyOf, type CollectionContext } from '../../src/import/collections.js';
import { formatLine, Report } from '../../src/import/report.js';

function context(files: Record<string, string>): CollectionContext {
  const root = mkdtempSync(join(tmpdir(), 'vita-coll-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, config: {}, report: new Report(), bag: new DiagnosticBag(), siteUrl: 'https://me.github.io', ownerName: 'Ann Lee',
    data: { news: [], experience: [], education: [], publications: [], honors: [], owners: [] } };
}

test('a publication: citation decoded once for its authors, category → type, own-site URLs made site-relative', () => {
  const ctx = context({ '_publications/2020-01-05-a.md': `---
title: "Deep &amp; Wide"
category: conferences
date: 2020-01-05
venue: 'ACL'
paperurl: 'http://me.github.io/files/a.pdf'
citation: 'Lee, Ann, Kim, Bo. (2020). &quot;Deep &amp; Wide.&quot; <i>ACL</i>.'
---
` });
  assert.deepEqual(convertPublication('_publications/2020-01-05-a.md', ctx), {
    key: 'a', title: 'Deep & Wide', authors: ['Ann Lee', 'Bo Kim'], type: 'conference', status: 'published', venue: 'ACL', year: 2020, date: '2020-01-05',
    links: [{ label: 'Paper', url: '/files/a.pdf' }], pdf: '/files/a.pdf',
  });
  assert.deepEqual(ctx.report.lines, []);
});

test('a publication without any authors gets the owner and a report line', () => {
  const ctx = context({ '_publications/p.md': '---\ntitle: "P"\ncategory: posters\n---\n' });
  assert.deepEqual(convertPublication('_publications/p.md', ctx), { key: 'p', title: 'P', authors: ['Ann Lee'], type: 'other', status: 'published' });
  assert.deepEqual(ctx.report.lines.map(formatLine), [
    '_publications/p.md: no authors in the entry or its citation: "Ann Lee" written as the only author; check it',
    '_publications/p.md: category "posters" is not a publication type Vita knows: type other',
  ]);
});

test('talks: free types map to Vita kinds, slides and video become fields', () => {
  const ctx = context({
    '_talks/2019-05-01-x.md': '---\ntitle: "X"\ntype: "Invited talk"\nvenue: "Uni"\nslidesurl: "https://me.github.io/files/s.pdf"\n---\nBody *md*.\n',
    '_talks/y.md': '---\ntitle: "Y"\ntype: "Lightning round"\ndate: 2020-02-02\n---\n',
  });
  assert.deepEqual(convertTalk('_talks/2019-05-01-x.md', ctx), { title: 'X', event: 'Uni', type: 'invited', date: '2019-05-01', slides: '/files/s.pdf', description: 'Body *md*.' });
  assert.deepEqual(convertTalk('_talks/y.md', ctx), { title: 'Y', date: '2020-02-02' });
  assert.deepEqual(ctx.report.lines.map(formatLine), ['_talks/y.md: talk type "Lightning round" is none of Vita\'s kinds (invited, contributed, keynote, poster, tutorial, seminar, panel): left out']);
});

test('teaching: the term comes from the file name; projects take the image out of the excerpt', () => {
  const ctx = context({
    '_teaching/2014-spring-ling-101.md': '---\ntitle: "Ling 101"\ntype: "TA"\nvenue: "Uni"\n---\n',
    '_portfolio/Item_One.md': '---\ntitle: "One"\nexcerpt: "Short <b>one</b><br/><img src=\'/images/a.png\'>"\n---\nText.\n',
  });
  assert.deepEqual(convertTeaching('_teaching/2014-spring-ling-101.md', ctx), { course: 'Ling 101', role: 'TA', institution: 'Uni', term: 'Spring 2014' });
  assert.deepEqual(convertProject('_portfolio/Item_One.md', ctx), { title: 'One', summary: 'Short one', image: '/images/a.png', slug: 'item-one', body: 'Text.' });
});

test('keys: the date prefix goes, characters outside the key alphabet become hyphens', () => {
  assert.equal(keyOf('2009-10-01-paper-title-number-1'), 'paper-title-number-1');
  assert.equal(keyOf('über paper (v2)'), 'uber-paper-v2');
});

test('HTML in data fields: tags dropped, entities decoded once, an authors string split in order with its marks', () => {
  const ctx = context({ '_publications/2021-03-02-reeds.md': `---
title: "Reed beds in <i>Lemna</i> ponds: &quot;quiet&quot; &amp;amp; loud"
date: 2021-03-02
venue: '<a href="https://eco.example.org">Ecoacoustics</a> &amp; Sound'
authors: "<b>Ann Lee*</b>, Bo Kim*, and Cy Diaz"
---
<p>We record <b>reed beds</b> at night.</p>
` });
  const pub = convertPublication('_publications/2021-03-02-reeds.md', ctx);
  assert.equal(pub.title, 'Reed beds in Lemna ponds: "quiet" &amp; loud');
  assert.deepEqual(pub.authors, ['Ann Lee*', 'Bo Kim*', 'Cy Diaz']);
  assert.equal(pub.venue, 'Ecoacoustics & Sound');
  assert.equal(pub.abstract, 'We record reed beds at night.');
});

test('a course description written in HTML becomes data Markdown; Markdown lists keep their marks, tags inside converted', () => {
  const ctx = context({ '_teaching/2024-spring-acoustics.md': '---\ntitle: Field Acoustics\n---\nGraded with <a href="https://grader.example.org">Reed</a> &amp; <b>care</b>.\n\n- one <i>item</i>\n- two\n' });
  assert.equal(convertTeaching('_teaching/2024-spring-acoustics.md', ctx).description, 'Graded with [Reed](https://grader.example.org) & **care**.\n\n- one *item*\n- two');
});

test('an HTML list after Markdown, with a blank line before </ul>, becomes one Markdown list (no </ul> left as text)', () => {
  const ctx = context({ '_teaching/2023-rig.md': `---
title: Rigging
---
**Outcomes:**
<ul>
 <li>LO1: Record <b>dawn</b> choruses &amp; frogs.</li>
 <li>LO2: Tag 2*3 clips.</li>

 </ul>

<p>Weekly<br>labs</p>
<table><tr><th>Week</th><th>Topic</th></tr><tr><td>1</td><td>Mics | stands</td></tr></table>
` });
  assert.equal(convertTeaching('_teaching/2023-rig.md', ctx).description, `**Outcomes:**

- LO1: Record **dawn** choruses & frogs.
- LO2: Tag 2\\*3 clips.

Weekly\\
labs

| Week | Topic |
| --- | --- |
| 1 | Mics \\| stands |`);
});

test('a project body, published as written, loses the old site\'s scripts, handlers and script links (reported)', () => {
  const body = [
    'A tool.<script>steal(document.cookie)</script>',
    '',
    '<img src="/images/t.png" onerror="alert(1)" alt="T"> <a href="JaVa&#x09;Script:alert(1)" title="x">go</a>',
    '',
    '<iframe srcdoc="<script>alert(1)</script>" src="https://video.example/embed"></iframe><embed src="x.swf">',
    '',
    '```html',
    '<script>shown as code</script>',
    '```',
  ].join('\n');
  const ctx = context({ '_portfolio/tool.md': `---\ntitle: "Tool"\n---\n${body}\n` });
  assert.equal(convertProject('_portfolio/tool.md', ctx).body, [
    'A tool.',
    '',
    '<img src="/images/t.png" alt="T"> <a title="x">go</a>',
    '',
    '<iframe src="https://video.example/embed"></iframe>',
    '',
    '```html',
    '<script>shown as code</script>',
    '```',
  ].join('\n'));
  const why = 'taken out of the project\'s text: a project\'s body is published as written, and imported HTML may run code';
  assert.deepEqual(ctx.report.lines.map(formatLine), [
    `_portfolio/tool.md: <script> ${why}`,
    `_portfolio/tool.md: onerror on <img> ${why}`,
    `_portfolio/tool.md: href="JaVa&#x09;Script:alert(1)" on <a> ${why}`,
    `_portfolio/tool.md: srcdoc="<script>alert(1)</script>" on <iframe> ${why}`,
    `_portfolio/tool.md: <embed> ${why}`,
  ]);
});
