import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildContent, fileText, mainOf, messages } from './content-site.js';

test('teaching: /teaching/ lists YAML and Markdown courses newest first, undated last', async () => {
  const result = await buildContent({
    'data/teaching.yml': '- course: Undated\n- course: Stats\n  code: ST 101\n  role: Instructor\n  institution: Uni\n  term: Fall 2024\n  date: 2024-09\n  url: https://uni.example/st101\n- course: Old course\n  role: TA\n  date: 2020\n',
    'teaching/seminar.md': '---\ncourse: Seminar\nterm: Spring 2025\ndate: 2025-02\n---\nReading <em>group</em>.\n',
  });
  assert.deepEqual(messages(result), []);
  const page = mainOf(fileText(result, 'teaching/index.html'));
  assert.deepEqual([...page.matchAll(/<p class="course__title"><strong>(?:<a [^>]+>)?([^<]+)/g)].map((m) => m[1]), ['Seminar', 'ST 101: Stats', 'Old course', 'Undated']);
  assert.ok(page.includes('<li class="course"><span class="course__term">Spring 2025</span><div class="course__body"><p class="course__title"><strong>Seminar</strong></p><div class="course__desc"><p>Reading &lt;em&gt;group&lt;/em&gt;.</p>'));
  assert.ok(page.includes('<p class="course__title"><strong><a href="https://uni.example/st101">ST 101: Stats</a></strong></p><p class="course__role">Instructor, Uni</p>'));
  assert.ok(page.includes('<span class="course__term">2020</span>'));
});

test('teaching: ::teaching renders on a page with a limit', async () => {
  const result = await buildContent({
    'data/teaching.yml': '- course: A\n  date: 2024\n- course: B\n  date: 2023\n',
    'pages/index.md': '---\ntitle: Home\n---\n\n::teaching{limit=1}\n',
  });
  const home = mainOf(fileText(result, 'index.html'));
  assert.ok(home.includes('<strong>A</strong>') && !home.includes('<strong>B</strong>'));
});

test('teaching: numbers where text belongs and missing courses are errors at file:line:col', async () => {
  const result = await buildContent({ 'data/teaching.yml': '- course: X\n  term: 2024\n- role: TA\n', 'teaching/a.md': 'no front matter\n' });
  assert.deepEqual(messages(result), [
    'data/teaching.yml:2:9 error "term" should be text, but it is the number 2024. [wrong-type]',
    'data/teaching.yml:3:3 error Missing required key "course". [missing-key]',
    'teaching/a.md:1:1 error This teaching file has no front matter. [missing-front-matter]',
  ]);
  assert.equal(result.diagnostics[0]!.hint, 'YAML read 2024 as the number 2024; put it in quotes to keep it as text: "2024".');
});
