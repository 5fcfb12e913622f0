import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emailLinkHtml } from '../../../src/render/components/email-link.js';

/** What a browser shows and follows: character references decoded. */
function decode(html: string): string {
  return html.replace(/&#x([0-9a-f]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)));
}

test('the address never appears in the source, yet the link and text decode to it', () => {
  const html = emailLinkHtml('a.b@uni.edu');
  assert.equal(html,
    '<a class="email" href="&#109;&#x61;&#105;&#x6c;&#116;&#x6f;&#58;&#x61;&#46;&#x62;&#64;&#x75;&#110;&#x69;&#46;&#x65;&#100;&#x75;">' +
    '&#97;&#x2e;&#98;<span class="email__at"> [at] </span>&#117;&#x6e;&#105;&#x2e;&#101;&#x64;&#117;</a>');
  assert.doesNotMatch(html, /a\.b@uni/);
  assert.equal(decode(html), '<a class="email" href="mailto:a.b@uni.edu">a.b<span class="email__at"> [at] </span>uni.edu</a>');
});

test('markup in an address cannot escape the link', () => {
  const html = emailLinkHtml('"><script>@x');
  assert.doesNotMatch(html, /[<>"]script|"></);
  assert.ok(html.startsWith('<a class="email" href="&#109;'));
});
