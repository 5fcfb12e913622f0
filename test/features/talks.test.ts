import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildContent, fileText, mainOf, messages } from './content-site.js';

const TALKS = {
  'data/talks.yml': [
    '- title: Old <talk>', '  event: Workshop & Co', '  type: poster', '  date: 2023-05', '  location: Paris',
    '  url: https://w.example/', '  slides: /files/s.pdf', '  links:', '    - { label: Code, url: "https://github.com/x/y" }',
    '- title: New', '  date: 2025-02-01', '  description: "A <b>bold</b> **claim**"', '',
  ].join('\n'),
  'talks/middle.md': '---\ntitle: Middle\ndate: 2024-06\ntype: keynote\n---\nBody *text*.\n',
  'static/files/s.pdf': 'x',
};

test('talks: /talks/ groups YAML and Markdown talks by year, newest first, escaping data', async () => {
  const result = await buildContent(TALKS);
  assert.deepEqual(messages(result), []);
  const page = mainOf(fileText(result, 'talks/index.html'));
  const years = [...page.matchAll(/id="talks-(\d{4})"/g)].map((m) => m[1]);
  assert.deepEqual(years, ['2025', '2024', '2023']);
  assert.ok(page.includes('<li class="talk"><time class="talk__date" datetime="2025-02-01">February 2025</time><div class="talk__body"><p class="talk__title"><strong>New</strong></p><div class="talk__desc"><p>A &lt;b&gt;bold&lt;/b&gt; <strong>claim</strong></p>'));
  assert.ok(page.includes('<p class="talk__title"><span class="badge badge--talk badge--keynote">Keynote</span> <strong>Middle</strong></p><div class="talk__desc"><p>Body <em>text</em>.</p>'));
  assert.ok(page.includes('<p class="talk__event"><a href="https://w.example/">Workshop &amp; Co</a><span aria-hidden="true"> · </span><span class="talk__location">Paris</span></p>'));
  assert.match(page, /<ul class="item-links"><li><a class="item-links__link" href="\/files\/s\.pdf"><svg[^]*?<\/svg>Slides<\/a><\/li><li><a class="item-links__link" href="https:\/\/github\.com\/x\/y">Code<\/a><\/li><\/ul>/);
});

test('talks: a talk without a date is listed last, under "Undated", with no date shown', async () => {
  const result = await buildContent({ ...TALKS, 'data/talks.yml': TALKS['data/talks.yml'] + '- title: Someday\n  event: Lab\n' });
  assert.deepEqual(messages(result), []);
  const page = mainOf(fileText(result, 'talks/index.html'));
  assert.deepEqual([...page.matchAll(/id="(talks-[^"]+)"/g)].map((m) => m[1]), ['talks-2025', 'talks-2024', 'talks-2023', 'talks-undated']);
  assert.ok(page.includes('<h2 class="year-group__title" id="talks-undated">Undated</h2><ul class="talks"><li class="talk"><span class="talk__date"></span>'
    + '<div class="talk__body"><p class="talk__title"><strong>Someday</strong></p>'));
});

test('talks: ::talks filters by year and type and limits', async () => {
  const result = await buildContent({ ...TALKS, 'pages/index.md': '---\ntitle: Home\n---\n\n::talks{year=2024}\n\n::talks{type=poster limit=1}\n' });
  assert.deepEqual(messages(result), []);
  const home = mainOf(fileText(result, 'index.html'));
  assert.deepEqual([...home.matchAll(/<strong>([^<]+)<\/strong><\/p>/g)].map((m) => m[1]), ['Middle', 'Old &lt;talk>']);
});

test('talks: a page of the owner at /talks/ wins over the generated list', async () => {
  const result = await buildContent({ ...TALKS, 'pages/talks.md': '---\ntitle: My talks\n---\n\n::talks\n' });
  assert.deepEqual(messages(result), []);
  assert.ok(mainOf(fileText(result, 'talks/index.html')).includes('<h1 class="page__title">My talks</h1>'));
});

test('talks: unknown types, unsafe URLs, missing titles, bad dates and unknown keys are errors at file:line:col', async () => {
  const result = await buildContent({
    'data/talks.yml': '- title: A\n  date: 2024-05\n  type: invted\n- title: B\n  date: 2024\n  url: "javascript:alert(1)"\n- event: X\n  date: 2023-01\n- title: C\n  date: May 2024\n  links:\n    - { label: Slides }\n',
    'talks/keynote.md': '---\ntitle: K\ndate: 2025-01-01\nvenue: Y\n---\nBody\n',
  });
  assert.deepEqual(messages(result), [
    'data/talks.yml:3:9 error "type" must be one of "invited", "contributed", "keynote", "poster", "tutorial", "seminar", "panel", "other". [invalid-value]',
    'data/talks.yml:6:8 error The URL "javascript:alert(1)" uses the "javascript:" scheme. [unsafe-url]',
    'data/talks.yml:7:3 error Missing required key "title". [missing-key]',
    'data/talks.yml:10:9 error "May 2024" is not a date Vita understands. [bad-date]',
    'data/talks.yml:12:7 error Missing required key "url" in "links". [missing-key]',
    'talks/keynote.md:4:1 error Unknown key "venue". [unknown-key]',
  ]);
  assert.equal(result.diagnostics.find((d) => d.rule === 'invalid-value')?.hint, 'Did you mean "invited"?');
});
