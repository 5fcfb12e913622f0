import { englishUi } from '../../helpers/ui.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToString } from 'preact-render-to-string';
import { ProfileSidebar, scriptLanguage } from '../../../src/render/components/profile-sidebar.js';
import type { ProfileKind } from '../../../src/model/types.js';
import { fixtureSite } from './site-fixture.js';

const ALL_KINDS: ProfileKind[] = ['scholar', 'orcid', 'github', 'gitlab', 'arxiv', 'semantic_scholar', 'dblp', 'researchgate',
  'linkedin', 'x', 'bluesky', 'mastodon', 'youtube', 'huggingface', 'zhihu', 'wechat', 'website', 'cv'];

test('avatar with size and alt, names, position, employer link, location', () => {
  const html = renderToString(<ProfileSidebar ui={englishUi} author={fixtureSite().author} basePath="/repo" />);
  assert.match(html, /^<aside class="profile" aria-label="Profile"><img class="profile__avatar" src="\/repo\/images\/avatar.png" alt="Zeqing Wang" width="160" height="160" decoding="async"\/>/);
  assert.match(html, /<p class="profile__name">Zeqing Wang<span class="profile__native" lang="zh">王泽卿<\/span><\/p>/);
  assert.match(html, /<p class="profile__position">MPhil student<\/p>/);
  assert.match(html, /<p class="profile__bio">Graduate student at the <strong>HCP Lab<\/strong>, working on vision-language models.<\/p>/);
  assert.match(html, /<span><a href="https:\/\/www.sysu.edu.cn\/">Sun Yat-sen University<\/a><\/span>/);
  assert.match(html, /<span>Guangzhou, China<\/span>/);
  assert.match(html, /<span class="email__at"> \[at\] <\/span>/);
  assert.doesNotMatch(html, /wangzeqing1005@163/);
  assert.match(html, /<p class="profile__label">Research interests<\/p><ul><li>Vision-language models<\/li><li>Multi-agent reasoning<\/li><\/ul>/);
});

test('every profile link kind has an icon hidden from assistive technology and a visible accessible name', () => {
  const author = { ...fixtureSite().author, links: ALL_KINDS.map((kind) => ({ kind, url: `https://example.org/${kind}`, label: `Label ${kind}` })) };
  const html = renderToString(<ProfileSidebar ui={englishUi} author={author} basePath="" />);
  for (const kind of ALL_KINDS) {
    const re = new RegExp(`<a href="https://example.org/${kind}" rel="me noopener"><svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"[^>]*>(?:<path [^>]*></path>)+</svg><span>Label ${kind}</span></a>`);
    assert.match(html, re, kind);
  }
});

test('site-relative links get the base path and no rel="me"', () => {
  const html = renderToString(<ProfileSidebar ui={englishUi} author={fixtureSite().author} basePath="/repo" />);
  assert.match(html, /<a href="\/repo\/files\/cv.pdf"><svg/);
});

test('profile data is escaped', () => {
  const author = { ...fixtureSite().author, name: '<img src=x onerror=alert(1)>', location: '<b>here</b>', bio: '<script>x</script>' };
  const html = renderToString(<ProfileSidebar ui={englishUi} author={author} basePath="" />);
  assert.match(html, /<p class="profile__name">&lt;img src=x onerror=alert\(1\)>/);
  assert.match(html, /<span>&lt;b>here&lt;\/b><\/span>/);
  assert.match(html, /<p class="profile__bio">&lt;script&gt;x&lt;\/script&gt;<\/p>/);
});

test('native-script language hints', () => {
  assert.equal(scriptLanguage('王泽卿'), 'zh');
  assert.equal(scriptLanguage('やまだ'), 'ja');
  assert.equal(scriptLanguage('김민수'), 'ko');
  assert.equal(scriptLanguage('Jürgen'), undefined);
});
