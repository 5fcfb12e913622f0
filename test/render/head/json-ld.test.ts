import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonLdScripts, personJsonLd, serializeJsonLd } from '../../../src/render/head/json-ld.js';
import { fixtureSite } from '../components/site-fixture.js';

test('serialised JSON cannot close the script element and still parses to the same value', () => {
  const value = { name: '</script><script>alert(1)</script>', x: 'a & b > c' };
  const text = serializeJsonLd(value);
  assert.equal(text, '{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e","x":"a \\u0026 b \\u003e c"}');
  assert.deepEqual(JSON.parse(text), value);
});

test('Person for the owner, with sameAs from external profile links only', () => {
  assert.deepEqual(personJsonLd(fixtureSite()), {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: 'Zeqing Wang',
    url: 'https://zeqing-wang.github.io/',
    alternateName: '王泽卿',
    image: 'https://zeqing-wang.github.io/images/avatar.png',
    jobTitle: 'MPhil student',
    worksFor: { '@type': 'Organization', name: 'Sun Yat-sen University', url: 'https://www.sysu.edu.cn/' },
    homeLocation: { '@type': 'Place', name: 'Guangzhou, China' },
    knowsAbout: ['Vision-language models', 'Multi-agent reasoning'],
    sameAs: ['https://scholar.google.com/citations?user=abc', 'https://orcid.org/0000-0002-1825-0097',
      'https://github.com/Zeqing-Wang', 'https://www.linkedin.com/in/zeqing', 'https://x.com/zeqing'],
  });
});

test('one script element per item', () => {
  assert.equal(jsonLdScripts([{ a: 1 }, { b: '<' }]),
    '<script type="application/ld+json">{"a":1}</script><script type="application/ld+json">{"b":"\\u003c"}</script>');
});
