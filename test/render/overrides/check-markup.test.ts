import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markupProblem } from '../../../src/render/overrides/check-markup.js';

test('well-nested fragments pass: void elements, self-closing svg parts, comments, raw text, optional end tags', () => {
  for (const html of [
    '<div><img src="a.png" alt=""><br><p>one<p>two</div>',
    '<svg viewBox="0 0 1 1"><path d="M0 0"/></svg>',
    '<!-- <div> --><span>x</span>',
    '<script>if (a < b && "</div>") {}</script><style>p > a {}</style>',
    '<ul><li>a<li>b</ul>',
    'plain text, no tags',
  ]) assert.equal(markupProblem(html), undefined, html);
});

test('a stray closing tag, an element closed too early and one never closed are found, with which occurrence', () => {
  assert.deepEqual(markupProblem('<p>a</p></p>'), { message: 'the closing tag </p> has no matching <p> in the template\'s output', tag: '</p', nth: 1 });
  assert.deepEqual(markupProblem('<div><em>a</div>'), { message: '<em> is not closed before </div>', tag: '<em', nth: 0 });
  assert.deepEqual(markupProblem('<section><div>a</div>'), { message: '<section> is never closed', tag: '<section', nth: 0 });
  assert.deepEqual(markupProblem('<script>alert(1)'), { message: '<script> is never closed', tag: '<script', nth: 0 });
});
