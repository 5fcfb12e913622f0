import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../../src/build.js';

const SITE = 'https://zeqing-wang.github.io';

test('examples/bilingual builds clean; every page names its versions, each of which names it back, and x-default', async () => {
  const result = await build({ root: 'examples/bilingual', write: false });
  assert.deepEqual(result.diagnostics.map((d) => d.message), []);
  const text = new Map(result.files.filter((f) => f.path.endsWith('.html') && 'content' in f)
    .map((f) => [f.path, Buffer.from((f as { content: Uint8Array }).content).toString('utf8')]));
  const urlOf = (path: string) => SITE + '/' + path.replace(/index\.html$/, '');
  const versions = (html: string) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1]!, m[2]!] as const);
  const pages = [...text.keys()].filter((p) => p !== '404.html').sort();
  assert.ok(pages.includes('zh/index.html') && pages.includes('zh/publications/index.html'));
  for (const path of pages) {
    const html = text.get(path)!;
    const own = versions(html);
    const lang = /<html lang="([^"]+)"/.exec(html)![1]!;
    assert.ok(own.some(([tag, url]) => tag === lang && url === urlOf(path)), `${path} names itself as ${lang}`);
    assert.equal(own.filter(([tag]) => tag === 'x-default').length, 1, `${path} has one x-default`);
    for (const [tag, url] of own) {
      if (tag === 'x-default') continue;
      const other = text.get(url.slice(SITE.length + 1) + 'index.html');
      assert.ok(other, `${path} → ${url} exists`);
      assert.deepEqual(versions(other), own, `${url} lists the same versions as ${path}`);
    }
  }
  const zh = text.get('zh/index.html')!;
  assert.match(zh, /^<!doctype html>\n<html lang="zh">/);
  for (const piece of ['荣获吉林银行王湘浩奖学金！', '基于分数线预测与多特征融合的高考志愿填报推荐算法', '<a class="site-title" href="/zh/">王泽卿</a>', '2025年5月']) {
    assert.ok(zh.includes(piece), piece);
  }
  const en = text.get('index.html')!;
  assert.ok(en.includes('A Novel College Entrance Filling Recommendation Algorithm') && !en.includes('高考志愿'));
  assert.ok(en.includes('<span class="profile__native" lang="zh">王泽卿</span>'), 'the native-script name is marked Chinese on the English page');
});

test('examples/bilingual: on a Chinese page, a passage left in English is marked lang="en", a translated one is not', async () => {
  const result = await build({ root: 'examples/bilingual', write: false });
  const html = (path: string) => Buffer.from((result.files.find((f) => f.path === path) as { content: Uint8Array }).content).toString('utf8');
  const zh = html('zh/publications/index.html');
  assert.ok(zh.includes('<h3 class="publication__title" lang="en"><a href="/publications/fu2024mimic/">Mimic: Speaking Style'),
    'a title with no Chinese translation is in English');
  assert.ok(zh.includes('<h3 class="publication__title"><a href="/publications/wang2022college/">基于分数线预测与多特征融合的高考志愿填报推荐算法</a></h3>'),
    'a translated title carries no lang of its own');
  assert.ok(html('zh/index.html').includes('<span class="news__text">荣获吉林银行王湘浩奖学金！</span>'));
  const en = html('publications/index.html');
  assert.ok(en.includes('<h3 class="publication__title"><a href="/publications/fu2024mimic/">Mimic: Speaking Style'));
  assert.deepEqual([...html('index.html').matchAll(/<[^>]* lang="en"[^>]*>/g)].map((m) => m[0]),
    ['<html lang="en">', '<a href="/" lang="en" hreflang="en" aria-current="page">'], 'no passage of an English page is marked English');
});
