import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/build.js';
import { childrenNamed, parseXml } from '../write/feeds/xml-tree.js';
import { fileText, messages } from './content-site.js';

test('examples/full builds every content kind: posts, tags, feeds, talks, teaching, projects, gallery, CV', async () => {
  const previous = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2025, 5, 1) / 1000);
  let result;
  try {
    result = await build({ root: resolve('examples/full'), write: false });
  } finally {
    if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = previous;
  }
  assert.deepEqual(messages(result), []);
  const pages = result.files.map((f) => f.path).filter((p) => p.endsWith('.html')).sort();
  assert.deepEqual(pages, [
    '404.html', 'cv/index.html', 'gallery/index.html', 'index.html',
    'posts/first-season/index.html', 'posts/fitting-logistic-growth/index.html', 'posts/index.html',
    'posts/tags/citizen-science/index.html', 'posts/tags/field-work/index.html', 'posts/tags/index.html', 'posts/tags/models/index.html',
    'posts/tags/python/index.html', 'posts/tags/statistics/index.html', 'posts/what-volunteers-see/index.html',
    'projects/index.html', 'projects/tidepool/index.html', 'publications/index.html', 'publications/okafor2025kelp/index.html',
    'talks/index.html', 'teaching/index.html',
  ]);
  // The CV lists the site's publications with the owner's name in bold.
  assert.ok(fileText(result, 'cv/index.html').includes('<li class="cv-pub"><strong>Mira Okafor</strong>, Li Chen and Anne Fraser. <span class="cv-pub__title">Kelp forest recovery after marine heatwaves</span>. <em>Marine Ecology Progress Series</em>, 2025.</li>'));
  // Every image of every page says how big it is, so nothing shifts while pictures load.
  for (const page of pages) {
    for (const img of fileText(result, page).match(/<img\b[^>]*>/g) ?? []) {
      assert.match(img, /\swidth="\d+"/, `${page}: ${img}`);
      assert.match(img, /\sheight="\d+"/, `${page}: ${img}`);
    }
  }
  assert.equal((fileText(result, 'gallery/index.html').match(/<picture>/g) ?? []).length, 4);
  const feed = parseXml(fileText(result, 'feed.xml'));
  assert.deepEqual(childrenNamed(feed, 'entry').map((e) => childrenNamed(e, 'title')[0]!.text),
    ['Fitting logistic growth to kelp counts', 'What volunteers see that we miss', 'First field season at the station']);
  const post = fileText(result, 'posts/fitting-logistic-growth/index.html');
  assert.ok(post.includes('data-lang="python"') && post.includes('<span class="katex-display">'));
});
