import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyticsHtml } from '../../../src/render/head/analytics.js';

test('nothing unless the owner asks', () => {
  assert.equal(analyticsHtml(undefined), '');
});

test('google', () => {
  assert.equal(analyticsHtml({ provider: 'google', id: 'G-ABC123' }),
    '<script async src="https://www.googletagmanager.com/gtag/js?id=G-ABC123"></script>' +
    '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}' +
    'gtag(\'js\',new Date());gtag(\'config\',"G-ABC123");</script>');
});

test('plausible, with and without a self-hosted script', () => {
  assert.equal(analyticsHtml({ provider: 'plausible', id: 'me.github.io' }),
    '<script defer data-domain="me.github.io" src="https://plausible.io/js/script.js"></script>');
  assert.equal(analyticsHtml({ provider: 'plausible', id: 'me.org', src: 'https://stats.me.org/js/script.js' }),
    '<script defer data-domain="me.org" src="https://stats.me.org/js/script.js"></script>');
});

test('goatcounter and umami', () => {
  assert.equal(analyticsHtml({ provider: 'goatcounter', id: 'zeqing' }),
    '<script async data-goatcounter="https://zeqing.goatcounter.com/count" src="https://gc.zgo.at/count.js"></script>');
  assert.equal(analyticsHtml({ provider: 'umami', id: '94db1cb1-74f4-4a40-ad6c-962362670409' }),
    '<script defer src="https://cloud.umami.is/script.js" data-website-id="94db1cb1-74f4-4a40-ad6c-962362670409"></script>');
});

test('ids cannot break out of their attribute or script', () => {
  const google = analyticsHtml({ provider: 'google', id: '"></script><script>alert(1)//' });
  assert.equal(google.match(/<script/g)?.length, 2);
  assert.match(google, /gtag\('config',"\\"\\u003e\\u003c\/script\\u003e\\u003cscript\\u003ealert\(1\)\/\/"\);<\/script>$/);
  assert.equal(analyticsHtml({ provider: 'umami', id: '"><b>' }),
    '<script defer src="https://cloud.umami.is/script.js" data-website-id="&quot;&gt;&lt;b&gt;"></script>');
});
