import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/build.js';
import { FEATURES } from '../../src/features/index.js';
import { importAcademicpages } from '../../src/import/import-site.js';
import { writeSite } from '../helpers/site.js';

const CONFIG = `title: Ines Moreau
url: https://imoreau.github.io
author:
  name: Ines Moreau
collections:
  publications:
    output: true
    permalink: /:collection/:path/
  talks:
    output: true
  software:
    output: true
    permalink: /:collection/:path/
  notes:
    output: false
`;

function importSite(files: Record<string, string>, today?: string) {
  const src = writeSite({ '_config.yml': CONFIG, ...files });
  const dest = join(src, 'out');
  const result = importAcademicpages({ src, dest, ...(today ? { today } : {}) });
  const read = (path: string) => readFileSync(join(dest, path), 'utf8');
  const lines = result.report.split('\n');
  return { result, dest, read, lines };
}

test('class 2: every file Jekyll copied is copied; pages outside _pages/ are pages; theme assets stay behind', () => {
  const { dest, read, lines } = importSite({
    'videos/demo.mp4': 'v',
    'talkmap/map.html': '<html>map</html>',
    'assets/css/extra.css': 'p{}',
    'assets/css/main.scss': '---\n---\n@import "x";',
    'assets/js/main.min.js': 'x',
    'notes.txt': 'n',
    'gallery.md': '---\ntitle: Gallery\n---\nPhotos.\n',
    'plain.html': '<p>no front matter</p>\n',
    '_notes/a.md': '---\ntitle: A note\n---\nKept out.\n',
  });
  for (const path of ['videos/demo.mp4', 'talkmap/map.html', 'assets/css/extra.css', 'notes.txt', 'plain.html']) {
    assert.ok(existsSync(join(dest, 'static', path)), path);
  }
  assert.ok(!existsSync(join(dest, 'static', 'assets/js/main.min.js')));
  assert.ok(!existsSync(join(dest, 'static', 'assets/css/main.scss')));
  assert.equal(read('pages/gallery.md'), '---\ntitle: Gallery\npermalink: /gallery.html\n---\n\nPhotos.\n');
  assert.ok(lines.includes('- _notes/a.md: not imported: not a part of an academicpages site Vita knows; copy it by hand if you need it'));
});

test('class 3: an output collection becomes pages at their old addresses; moved entries get redirects', () => {
  const { read, lines } = importSite({
    '_software/tool.md': '---\ntitle: Fast tool\n---\nIt is fast.\n',
    '_publications/2020-01-02-paper.md': '---\ntitle: A paper\npermalink: /publication/2020-paper\nauthors: Ines Moreau\ndate: 2020-01-02\n---\n',
    '_talks/2021-talk.md': '---\ntitle: A talk\ndate: 2021-05-06\n---\n',
  });
  assert.equal(read('pages/software/tool.md'), '---\ntitle: Fast tool\npermalink: /software/tool/\n---\n\nIt is fast.\n');
  assert.match(read('site.yml'), /\nredirects:\n {2}\/publication\/2020-paper: \/publications\/paper\/\n {2}\/talks\/2021-talk: \/talks\/\n/);
  assert.ok(lines.includes('- _software/tool.md: collection "software" entry → a page at its old address /software/tool/'));
  assert.ok(lines.includes('- _publications/2020-01-02-paper.md: old address /publication/2020-paper redirects to /publications/paper/'));
});

test('class 4: *.md links, // paths, own-domain and relative links keep working; already-broken links warn', () => {
  const { read, lines } = importSite({
    'files/cv.pdf': '%PDF',
    '_pages/cv.md': '---\ntitle: CV\npermalink: /cv\n---\n[pdf](files/cv.pdf) and <img src="images/me.png">\n',
    '_pages/about.md': '---\ntitle: About\npermalink: /\n---\n'
      + 'See [my CV](cv.md#top), [the file](//files/cv.pdf), [home](https://imoreau.github.io/cv) '
      + 'and [a sibling site](https://imoreau.github.io/project/).\n\n```\n[code](cv.md)\n```\n',
  });
  assert.equal(read('pages/index.md'), '---\ntitle: About\npermalink: /\nlayout: home\n---\n\n'
    + 'See [my CV](/cv/#top), [the file](/files/cv.pdf), [home](/cv) and [a sibling site](https://imoreau.github.io/project/).\n\n```\n[code](cv.md)\n```\n');
  assert.equal(read('pages/cv.md'), '---\ntitle: CV\npermalink: /cv\n---\n\n[pdf](/files/cv.pdf) and <img src="/images/me.png">\n');
  assert.match(read('site.yml'), /\nknown_broken_links:\n {2}- \/images\/me\.png\n {2}- \/project\/\n/);
  assert.ok(lines.includes('- _pages/about.md: link cv.md#top → /cv/#top (the page made from that file)'));
  assert.ok(lines.includes('- _pages/about.md: https://imoreau.github.io/project/ is on the site\'s own address but was not a page of the old site (another repository\'s site?): left as written, and the build warns about it'));
  assert.ok(lines.includes('- _pages/cv.md: /images/me.png is linked to but the old site did not have it either: left as written, and the build warns about it; add it under static/images/me.png to fix it'));
});

test('class 10: odd post names, shared slugs, self-redirects and duplicate permalinks settle as Jekyll did', () => {
  const { read, lines, dest } = importSite({
    '_config.yml': CONFIG + 'permalink: /:categories/:title/\n',
    '_posts/2020-03-04-My_First@Post.md': '---\ntitle: First\n---\nOne.\n',
    '_posts/2020-05-06-notes.md': '---\ntitle: Notes one\n---\n',
    '_posts/2021-05-06-notes.md': '---\ntitle: Notes two\npermalink: /notes-2021/\n---\n',
    '_pages/about.md': '---\ntitle: About\npermalink: /about/\nredirect_from:\n  - /about\n  - /me/\n---\nHi.\n',
    '_pages/cv (1).md': '---\ntitle: Old CV\npermalink: /cv/\n---\nOld.\n',
    '_pages/cv.md': '---\ntitle: CV\npermalink: /cv/\n---\nNew.\n',
  });
  assert.equal(read('posts/2020-03-04-my-first-post.md'),
    '---\ntitle: First\ndate: "2020-03-04"\nredirect_from:\n  - /My_First@Post/\n---\n\nOne.\n');
  assert.ok(existsSync(join(dest, 'posts/2020-05-06-notes.md')));
  assert.ok(existsSync(join(dest, 'posts/2021-05-06-notes-2.md')));
  assert.equal(read('pages/about.md'), '---\ntitle: About\npermalink: /about/\nredirect_from:\n  - /me/\n---\n\nHi.\n');
  assert.equal(read('pages/cv.md'), '---\ntitle: CV\npermalink: /cv/\n---\n\nNew.\n');
  assert.ok(!existsSync(join(dest, 'pages/cv (1).md')));
  for (const line of [
    '- _pages/about.md: redirect_from "/about" is the page\'s own address: left out',
    '- _pages/cv (1).md: has the address /cv/ of _pages/cv.md too; Jekyll wrote _pages/cv.md last, so only it is kept',
    '- _posts/2020-03-04-My_First@Post.md: post slug "My_First@Post" → "my-first-post" (Vita\'s post names are lower-case words and hyphens)',
    '- _posts/2021-05-06-notes.md: another post has the slug "notes": this one is "notes-2"',
  ]) assert.ok(lines.includes(line), line);
});

test('the imported site builds: old addresses redirect, already-broken links only warn, future posts are published', async () => {
  const { dest } = importSite({
    '_config.yml': CONFIG + 'future: true\n',
    '_publications/2020-01-02-paper.md': '---\ntitle: A paper\npermalink: /publication/2020-paper\nauthors: Ines Moreau\ndate: 2020-01-02\n---\n',
    '_posts/2199-01-01-later.md': '---\ntitle: Later\n---\nSoon.\n',
    '_pages/about.md': '---\ntitle: About\npermalink: /\n---\nSee <img src="/images/gone.png" alt="gone"> and [x](https://imoreau.github.io/sibling/).\n',
  });
  const result = await build({ root: dest, write: false, features: FEATURES, today: '2025-01-01' });
  assert.deepEqual(result.diagnostics.map((d) => `${d.severity} ${d.rule} ${d.message}`), [
    'warning missing-image This image points to /images/gone.png, which the site does not have.',
    'warning broken-link This link points to /sibling/, which the site does not have.',
  ]);
  const paths = result.files.map((f) => f.path);
  assert.ok(paths.includes('publication/2020-paper/index.html'), 'the old paper address');
  assert.ok(paths.includes('posts/later/index.html'), 'the future post');
  const redirect = result.files.find((f) => f.path === 'publication/2020-paper/index.html')!;
  assert.match('content' in redirect ? String(redirect.content) : '', /url=\/publications\/paper\//);
});

test('class 10: two posts with one permalink: the one Jekyll wrote keeps it, the other keeps building at its own address', () => {
  const posts = {
    '_posts/2015-08-14-post-4.md': '---\ntitle: Post four\npermalink: /posts/2012/08/post-4/\n---\n',
    '_posts/2199-01-01-future.md': '---\ntitle: Future post\npermalink: /posts/2012/08/post-4/\n---\n',
  };
  // Without `future: true` Jekyll never wrote the future post, so post four kept the address.
  const unpublished = importSite(posts, '2025-01-01');
  assert.equal(unpublished.read('posts/2015-08-14-post-4.md'), '---\ntitle: Post four\npermalink: /posts/2012/08/post-4/\ndate: "2015-08-14"\n---\n\n\n');
  assert.equal(unpublished.read('posts/2199-01-01-future.md'), '---\ntitle: Future post\ndate: "2199-01-01"\n---\n\n\n');
  assert.ok(unpublished.lines.includes('- _posts/2199-01-01-future.md: has the address /posts/2012/08/post-4/ of _posts/2015-08-14-post-4.md too; '
    + 'Jekyll did not publish this one (a draft, or dated after today without future: true), so this post is at /posts/future/'));
  // With `future: true` both were written, the later one last.
  const published = importSite({ ...posts, '_config.yml': CONFIG + 'future: true\n' }, '2025-01-01');
  assert.equal(published.read('posts/2015-08-14-post-4.md'), '---\ntitle: Post four\ndate: "2015-08-14"\n---\n\n\n');
  assert.match(published.read('posts/2199-01-01-future.md'), /\npermalink: \/posts\/2012\/08\/post-4\/\n/);
  assert.ok(published.lines.includes('- _posts/2015-08-14-post-4.md: has the address /posts/2012/08/post-4/ of _posts/2199-01-01-future.md too; '
    + 'Jekyll wrote _posts/2199-01-01-future.md there last, so this post is at /posts/post-4/'));
});

test('class 1: stock archive pages are left out and redirect to /, unless the menu links to them', () => {
  const { dest, read, lines } = importSite({
    '_data/navigation.yml': 'main:\n  - title: Guide\n    url: /markdown/\n',
    '_pages/tag-archive.html': '---\ntitle: Tags\npermalink: /tags/\n---\n{% include group-by-array collection=site.posts field="tags" %}\n',
    '_pages/markdown.md': '---\ntitle: Markdown\npermalink: /markdown/\n---\nA guide.\n',
  });
  assert.ok(!existsSync(join(dest, 'pages/tag-archive.md')));
  assert.ok(existsSync(join(dest, 'pages/markdown.md')));
  assert.match(read('site.yml'), /\nredirects:\n {2}\/tags\/: \/\n/);
  assert.ok(lines.includes('- _pages/tag-archive.html: the theme\'s stock archive or demo page, the same in every academicpages fork: left out; its address /tags/ redirects to /'));
});
