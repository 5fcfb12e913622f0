import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeEntities, scanHtml } from '../../src/check/html-scan.js';

const attrs = (html: string) => scanHtml(html).tags.map((t) => [t.name, Object.fromEntries([...t.attrs].map(([k, v]) => [k, v.value]))]);

test('reads start tags with quoted, unquoted and bare attributes; the first duplicate wins', () => {
  assert.deepEqual(attrs(`<A HREF="/a?x=1&amp;y=2" class=big data-x='q"uote' hidden href="/second">`), [
    ['a', { href: '/a?x=1&y=2', class: 'big', 'data-x': 'q"uote', hidden: '' }],
  ]);
});

test('records the offset of each tag and attribute value', () => {
  const html = '<p>\n<img src="/a.png" alt="">';
  const img = scanHtml(html).tags[1]!;
  assert.equal(img.offset, 4);
  assert.equal(img.attrs.get('src')!.offset, html.indexOf('/a.png'));
  assert.equal(img.attrs.get('alt')!.offset, html.indexOf('""') + 1);
});

test('skips comments, doctypes, end tags and the contents of script, style and textarea', () => {
  const html = '<!doctype html><!-- <a href="/c"> --><script>if (a<b) x = "<a href=/s>";</script><style>a<b{}</style><textarea><a href="/t"></textarea></p><a href="/real">';
  assert.deepEqual(attrs(html).map(([name]) => name), ['script', 'style', 'textarea', 'a']);
  assert.equal(scanHtml(html).tags[3]!.attrs.get('href')!.value, '/real');
});

test('reads the first title with entities decoded and whitespace collapsed; no title is undefined', () => {
  assert.equal(scanHtml('<title>\n  Tom &amp; Jerry&#8217;s   page </title><title>second</title>').title, 'Tom & Jerry’s page');
  assert.equal(scanHtml('<title></title>').title, '');
  assert.equal(scanHtml('<p>no title</p>').title, undefined);
});

test('decodes named and numeric references, leaving unknown ones as written', () => {
  assert.equal(decodeEntities('&lt;&gt;&quot;&apos;&#x41;&#66;&nbsp;&bogus;&#0;'), '<>"\'AB\u00a0&bogus;&#0;');
});

test('a tag left open at the end of the text still yields its attributes', () => {
  assert.deepEqual(attrs('<a href="/x"'), [['a', { href: '/x' }]]);
});
