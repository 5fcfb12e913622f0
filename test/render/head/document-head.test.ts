import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageHeadHtml, type PageHeadInfo } from '../../../src/render/head/document-head.js';
import { escapeAttr } from '../../../src/render/head/escape.js';

// The list-and-join form pageHeadHtml had before it became one concatenation (kept to compare bytes with).
function formerPageHeadHtml(info: PageHeadInfo): string {
  const meta = (name: string, content: string) => `<meta name="${name}" content="${escapeAttr(content)}">`;
  const prop = (property: string, content: string) => `<meta property="${property}" content="${escapeAttr(content)}">`;
  return [
    `<title>${escapeAttr(info.title)}</title>`,
    meta('description', info.description),
    ...(info.noindex ? [meta('robots', 'noindex')] : []),
    ...(info.canonical ? [`<link rel="canonical" href="${escapeAttr(info.canonical)}">`] : []),
    info.alternatesHtml ?? '',
    prop('og:type', info.ogType),
    prop('og:title', info.title),
    prop('og:description', info.description),
    ...(info.canonical ? [prop('og:url', info.canonical)] : []),
    meta('twitter:title', info.title),
    meta('twitter:description', info.description),
    info.extraHead ?? '',
    info.jsonLdHtml ?? '',
  ].join('');
}

test('the per-page head tags are the same bytes as the list-and-join form, for every combination of fields', () => {
  let compared = 0;
  for (const title of ['Notes · Ada', '<b>"A & B"</b> · Ada', '']) {
    for (const description of ['Plain.', 'Less < more & "quoted" > all', '']) {
      for (const canonical of [undefined, 'https://example.org/a/?x=1&y="2"', 'https://example.org/']) {
        for (const ogType of ['website', 'profile', 'article'] as const) {
          for (const noindex of [undefined, true, false]) {
            for (const optional of [{}, { alternatesHtml: '<link rel="alternate" hreflang="zh" href="/zh/">' },
              { extraHead: '<meta name="citation_title" content="X">', jsonLdHtml: '<script type="application/ld+json">{}</script>' }]) {
              const info: PageHeadInfo = { title, description, ogType, ...(canonical ? { canonical } : {}), ...(noindex === undefined ? {} : { noindex }), ...optional };
              assert.equal(pageHeadHtml(info), formerPageHeadHtml(info), JSON.stringify(info));
              compared++;
            }
          }
        }
      }
    }
  }
  assert.equal(compared, 729);
});

test('values in the head are escaped where they stand', () => {
  assert.equal(pageHeadHtml({ title: 'A "B" <C>', description: 'x & y', canonical: 'https://e.org/?a=1&b=2', ogType: 'website', noindex: true }),
    '<title>A &quot;B&quot; &lt;C&gt;</title><meta name="description" content="x &amp; y"><meta name="robots" content="noindex">' +
    '<link rel="canonical" href="https://e.org/?a=1&amp;b=2"><meta property="og:type" content="website">' +
    '<meta property="og:title" content="A &quot;B&quot; &lt;C&gt;"><meta property="og:description" content="x &amp; y">' +
    '<meta property="og:url" content="https://e.org/?a=1&amp;b=2"><meta name="twitter:title" content="A &quot;B&quot; &lt;C&gt;">' +
    '<meta name="twitter:description" content="x &amp; y">');
});
