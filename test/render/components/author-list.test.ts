import { englishUi } from '../../helpers/ui.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorListHtml } from '../../../src/render/components/author-list.js';
import type { PublicationAuthor } from '../../../src/model/types.js';

const a = (name: string, extra: Partial<PublicationAuthor> = {}): PublicationAuthor => ({ name, isOwner: false, equal: false, corresponding: false, ...extra });

test('owner in <strong>, * and † as <sup> with titles, names escaped', () => {
  const html = authorListHtml({ ui: englishUi, authors: [a('Zeqing Wang', { isOwner: true, equal: true }), a('Shiyuan <Zhang>', { equal: true }), a('Keze Wang', { corresponding: true })] });
  assert.equal(html, '<div class="author-list">' +
    '<span class="author author--owner"><strong class="author__name author__name--owner">Zeqing Wang</strong><sup class="author__mark" title="Equal contribution">*</sup></span>, ' +
    '<span class="author"><span class="author__name">Shiyuan &lt;Zhang></span><sup class="author__mark" title="Equal contribution">*</sup></span>, ' +
    '<span class="author"><span class="author__name">Keze Wang</span><sup class="author__mark" title="Corresponding author">†</sup></span></div>');
});

test('long lists fold behind <details>, naming the owner when hidden', () => {
  const authors = ['A', 'B', 'C', 'D', 'E'].map((n) => a(n, { isOwner: n === 'E' }));
  const html = authorListHtml({ ui: englishUi, authors, limit: 2 });
  assert.equal(html, '<div class="author-list"><span class="author"><span class="author__name">A</span></span>, <span class="author"><span class="author__name">B</span></span>' +
    '<details class="author-list__more"><summary>et al. (3 more, including <strong class="author__name--owner">E</strong>)</summary>, ' +
    '<span class="author"><span class="author__name">C</span></span>, <span class="author"><span class="author__name">D</span></span>, ' +
    '<span class="author author--owner"><strong class="author__name author__name--owner">E</strong></span></details></div>');
});

test('one name over the limit is shown rather than folded; "and others" prints et al.', () => {
  const html = authorListHtml({ ui: englishUi, authors: [a('A'), a('B'), a('C')], limit: 2, etAl: true });
  assert.equal(html, '<div class="author-list"><span class="author"><span class="author__name">A</span></span>, <span class="author"><span class="author__name">B</span></span>, ' +
    '<span class="author"><span class="author__name">C</span></span><span class="author-list__etal">, et al.</span></div>');
});
