import { englishUi } from '../helpers/ui.js';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dependencyKey, directivesIn, pageNeeds, samePage, sharedDigests } from '../../src/dev/page-dependencies.js';
import type { Page, Site } from '../../src/model/types.js';

const page = (body: string, extra: Partial<Page> = {}): Page => ({
  source: { file: 'pages/a.md', line: 1, col: 1 }, url: '/a/', title: 'A', layout: 'page', draft: false, redirectFrom: [],
  body, bodyLine: 4, frontMatter: {}, ...extra,
});
const site = (extra: Partial<Site> = {}): Site => ({
  config: { title: 'T', url: 'https://example.org', basePath: '', description: '', language: 'en', colorScheme: 'system' },
  ui: englishUi,
  author: { name: 'Ada', nameVariants: ['Ada'], emails: [], links: [], interests: [] },
  navigation: [], footer: { links: [] }, pages: [page('x')], news: [], experience: [], education: [], honors: [],
  publications: [], venues: [], staticFiles: [], ...extra,
});
const assets = { css: '/assets/vita.1.css', js: '/assets/vita.1.js' };

test('directivesIn finds leaf and container directives at line starts', () => {
  assert.deepEqual([...directivesIn('Hi ::news inline\n::news{limit=2}\n  :::note[Heads up]\ntext\n:::\n::publications{selected}\n')],
    ['news', 'note', 'publications']);
});

test('pageNeeds maps directives to Site fields; unknown directives and other layouts need everything', () => {
  assert.deepEqual(pageNeeds(page('plain')), []);
  assert.deepEqual(pageNeeds(page('::news\n:::tip\nx\n:::\n::publications')), ['news', 'publications', 'venues']);
  assert.equal(pageNeeds(page('::talks')), 'everything');
  assert.equal(pageNeeds(page('plain', { layout: 'home' })), 'everything');
});

test('dependencyKey changes only with the chrome or the data a page shows', () => {
  const news = [{ date: '2025-01', text: 'N', source: { file: 'data/news.yml', line: 1, col: 3 } }];
  const honors = [{ title: 'H', years: ['2024'], source: { file: 'data/honors.yml', line: 1, col: 3 } }];
  const base = sharedDigests(site(), assets);
  const key = (s: Site, needs: readonly string[] | 'everything') => dependencyKey(needs, sharedDigests(s, assets));
  assert.equal(key(site({ honors }), ['news']), dependencyKey(['news'], base));
  assert.notEqual(key(site({ news }), ['news']), dependencyKey(['news'], base));
  assert.notEqual(key(site({ honors }), 'everything'), dependencyKey('everything', base));
  assert.notEqual(key(site({ navigation: [{ title: 'X', url: '/x/' }] }), []), dependencyKey([], base));
  assert.notEqual(dependencyKey([], sharedDigests(site(), { ...assets, css: '/assets/vita.2.css' })), dependencyKey([], base));
  // A theme snippet or component template shows on every page, whatever data the page shows.
  const themed = { ...site(), theme: { html: { footer_end: '<p>hi</p>' } } } as unknown as Site;
  assert.notEqual(key(themed, []), dependencyKey([], base));
  // A retitled page changes what lists it (the `everything` key) but not a page showing only news.
  const retitled = site({ pages: [page('x', { title: 'B' })] });
  assert.notEqual(key(retitled, 'everything'), dependencyKey('everything', base));
  assert.equal(key(retitled, ['news']), dependencyKey(['news'], base));
  // Fields that features add to the Site count as data too.
  const withTalks = { ...site(), talks: [{ title: 'T' }] } as unknown as Site;
  assert.notEqual(key(withTalks, 'everything'), dependencyKey('everything', base));
});

test('samePage compares structurally', () => {
  const a = page('body', { frontMatter: { publications: { sections: ['selected'] } }, redirectFrom: ['/old/'] });
  assert.equal(samePage(a, page('body', { frontMatter: { publications: { sections: ['selected'] } }, redirectFrom: ['/old/'] })), true);
  assert.equal(samePage(a, page('body', { frontMatter: { publications: { sections: ['year'] } }, redirectFrom: ['/old/'] })), false);
  assert.equal(samePage(a, page('body!', { frontMatter: { publications: { sections: ['selected'] } }, redirectFrom: ['/old/'] })), false);
  assert.equal(samePage(page('b'), page('b', { url: '/b/' })), false);
  assert.equal(samePage(page('b'), page('b', { date: '2025-01-01' })), false);
});
