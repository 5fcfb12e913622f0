import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToString } from 'preact-render-to-string';
import { HonorList } from '../../../src/render/components/honor-list.js';
import type { Honor } from '../../../src/model/types.js';

const src = { file: 'data/honors.yml', line: 1, col: 1 };

test('years joined with ", ", title, awarding body and Markdown note', () => {
  const honor: Honor = { title: 'Scholarship', by: 'Jilin Bank & Jilin University', years: ['2021', '2022'], note: '*Top 5%*', source: src };
  assert.equal(renderToString(<HonorList items={[honor]} />),
    '<ul class="honors"><li class="honor"><span class="honor__years">2021, 2022</span><span class="honor__main">' +
    '<span class="honor__title">Scholarship</span><span class="honor__by">Jilin Bank &amp; Jilin University</span>' +
    '<span class="honor__note"><em>Top 5%</em></span></span></li></ul>');
});

test('a linked title gets the base path; the title is escaped', () => {
  const honor: Honor = { title: '<b>Best</b> paper', years: [], url: '/awards/', source: src };
  assert.equal(renderToString(<HonorList items={[honor]} basePath="/repo" />),
    '<ul class="honors"><li class="honor"><span class="honor__main"><span class="honor__title">' +
    '<a href="/repo/awards/">&lt;b>Best&lt;/b> paper</a></span></span></li></ul>');
});
