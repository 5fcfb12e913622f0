import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildContent, fileText } from '../../features/content-site.js';
import { childrenNamed, parseXml, type XmlElement } from './xml-tree.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function one(el: XmlElement, name: string): XmlElement {
  const found = childrenNamed(el, name);
  assert.equal(found.length, 1, `<${el.name}> should have exactly one <${name}>`);
  return found[0]!;
}

const SITE = {
  'site.yml': 'title: "Q & A <Lab>"\nurl: https://lab.example/sub\ndescription: Notes "quoted"\nauthor:\n  name: Ada & Co\n',
  'posts/2025-01-02-hello.md': '---\ntitle: Fish & <Chips>\ntags: [R&D]\ndescription: A "summary" <b>\n---\n\nBody with <span>html</span> & ampersand and a ]]> sequence.\n',
  'posts/2025-02-01-second.md': '---\ntitle: Second\nupdated: 2025-03-04\n---\nMore.\n',
};

// RFC 4287: a feed has one id, title and updated, an author (here at feed level), and each entry has
// one id, title, updated and an alternate link, plus a summary or content.
test('/feed.xml is well-formed Atom 1.0 with every required element, dates in RFC 3339 and text escaped', async () => {
  const xml = fileText(await buildContent(SITE), 'feed.xml');
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n'));
  const feed = parseXml(xml);
  assert.equal(feed.name, 'feed');
  assert.equal(feed.attrs.xmlns, ATOM);
  assert.equal(one(feed, 'id').text, 'https://lab.example/sub/');
  assert.equal(one(feed, 'title').text, 'Q & A <Lab>');
  assert.equal(one(feed, 'subtitle').text, 'Notes "quoted"');
  assert.equal(one(feed, 'updated').text, '2025-03-04T00:00:00Z');
  assert.equal(one(one(feed, 'author'), 'name').text, 'Ada & Co');
  const self = childrenNamed(feed, 'link').find((l) => l.attrs.rel === 'self');
  assert.equal(self?.attrs.href, 'https://lab.example/sub/feed.xml');
  const entries = childrenNamed(feed, 'entry');
  assert.deepEqual(entries.map((e) => one(e, 'title').text), ['Second', 'Fish & <Chips>']);
  for (const entry of entries) {
    assert.match(one(entry, 'id').text, /^https:\/\/lab\.example\/sub\/posts\/[a-z]+\/$/);
    assert.match(one(entry, 'updated').text, RFC3339);
    assert.match(one(entry, 'published').text, RFC3339);
    const alternate = childrenNamed(entry, 'link').filter((l) => (l.attrs.rel ?? 'alternate') === 'alternate');
    assert.equal(alternate.length, 1);
    assert.equal(alternate[0]!.attrs.href, one(entry, 'id').text);
    assert.ok(childrenNamed(entry, 'summary').length + childrenNamed(entry, 'content').length > 0);
  }
  const [second, fish] = entries as [XmlElement, XmlElement];
  assert.equal(one(second, 'updated').text, '2025-03-04T00:00:00Z');
  assert.equal(one(second, 'published').text, '2025-02-01T00:00:00Z');
  assert.equal(one(fish, 'summary').text, 'A "summary" <b>');
  assert.equal(one(fish, 'category').attrs.term, 'R&D');
  assert.equal(one(fish, 'content').attrs.type, 'html');
  assert.equal(one(fish, 'content').text, '<p>Body with <span>html</span> &amp; ampersand and a ]]&gt; sequence.</p>\n');
});

test('/feed.json is a JSON Feed 1.1 with the same entries', async () => {
  const feed = JSON.parse(fileText(await buildContent(SITE), 'feed.json'));
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(feed.title, 'Q & A <Lab>');
  assert.equal(feed.home_page_url, 'https://lab.example/sub/');
  assert.equal(feed.feed_url, 'https://lab.example/sub/feed.json');
  assert.deepEqual(feed.authors, [{ name: 'Ada & Co', url: 'https://lab.example/sub/' }]);
  assert.deepEqual(feed.items.map((i: { id: string }) => i.id), ['https://lab.example/sub/posts/second/', 'https://lab.example/sub/posts/hello/']);
  assert.deepEqual(feed.items[1], {
    id: 'https://lab.example/sub/posts/hello/', url: 'https://lab.example/sub/posts/hello/', title: 'Fish & <Chips>',
    content_html: '<p>Body with <span>html</span> &amp; ampersand and a ]]&gt; sequence.</p>\n', summary: 'A "summary" <b>',
    date_published: '2025-01-02T00:00:00Z', date_modified: '2025-01-02T00:00:00Z', tags: ['R&D'],
  });
});

test('a site without posts writes no feeds', async () => {
  const result = await buildContent({});
  assert.ok(!result.files.some((f) => f.path === 'feed.xml' || f.path === 'feed.json'));
});
