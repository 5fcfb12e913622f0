import { englishUi } from '../../helpers/ui.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToString } from 'preact-render-to-string';
import { NewsList, sortNews } from '../../../src/render/components/news-list.js';
import type { NewsItem } from '../../../src/model/types.js';

const src = { file: 'data/news.yml', line: 1, col: 1 };
const item = (date: string, text: string): NewsItem => ({ date, text, source: src });

test('three items with limit 2: newest two shown, the oldest under "Earlier news"', () => {
  const html = renderToString(
    <NewsList ui={englishUi} items={[item('2024-03', 'Old'), item('2025-05', 'New **paper**'), item('2024-11-02', 'Middle')]} limit={2} />,
  );
  assert.equal(html,
    '<div class="news-list"><ul class="news">' +
    '<li class="news__item"><time class="news__date" datetime="2025-05">May 2025</time><span class="news__text">New <strong>paper</strong></span></li>' +
    '<li class="news__item"><time class="news__date" datetime="2024-11-02">November 2024</time><span class="news__text">Middle</span></li>' +
    '</ul><details class="news-list__earlier"><summary>Earlier news</summary><ul class="news">' +
    '<li class="news__item"><time class="news__date" datetime="2024-03">March 2024</time><span class="news__text">Old</span></li>' +
    '</ul></details></div>');
});

test('no <details> when every item fits under the limit', () => {
  const html = renderToString(<NewsList ui={englishUi} items={[item('2025-01', 'One')]} />);
  assert.equal(html,
    '<div class="news-list"><ul class="news"><li class="news__item"><time class="news__date" datetime="2025-01">January 2025</time>' +
    '<span class="news__text">One</span></li></ul></div>');
});

test('limit 0 folds everything', () => {
  const html = renderToString(<NewsList ui={englishUi} items={[item('2025-01', 'One')]} limit={0} />);
  assert.ok(html.startsWith('<div class="news-list"><details class="news-list__earlier"><summary>Earlier news</summary>'));
});

test('no items renders nothing', () => {
  assert.equal(renderToString(<NewsList ui={englishUi} items={[]} />), '');
});

test('raw HTML in news text is shown as text, Markdown still applies', () => {
  const html = renderToString(<NewsList ui={englishUi} items={[item('2025-01', '<script>alert(1)</script> *new*')]} />);
  assert.match(html, /<span class="news__text">&lt;script&gt;alert\(1\)&lt;\/script&gt; <em>new<\/em><\/span>/);
  assert.doesNotMatch(html, /<script>/);
});

test('sortNews keeps the written order for equal dates', () => {
  const a = item('2025-01', 'a');
  const b = item('2025-01', 'b');
  const c = item('2025-02', 'c');
  assert.deepEqual(sortNews([a, b, c]).map((n) => n.text), ['c', 'a', 'b']);
});
