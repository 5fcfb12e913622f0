import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildContent, fileText, mainOf, messages } from './content-site.js';

const POSTS = {
  'posts/2025-01-02-hello.md': '---\ntitle: Hello <World>\ntags: [A b, Zed]\n---\n\nFirst paragraph *here*.\n\nSecond.\n',
  'posts/2024-12-01-older.md': '---\ntitle: Older\ntags: [a B]\n---\nText.\n',
  'posts/2025-03-01-draft.md': '---\ntitle: Drafty\ndraft: true\n---\nx\n',
  'posts/2025-07-01-future.md': '---\ntitle: Futuristic\n---\nx\n',
};

test('posts: a list grouped by year, newest first, with dates, reading time, excerpts and tags', async () => {
  const result = await buildContent(POSTS);
  assert.deepEqual(messages(result), []);
  const list = mainOf(fileText(result, 'posts/index.html'));
  assert.match(list, /<h2 class="year-group__title" id="year-2025">2025<\/h2><ul class="post-list"><li class="post-summary"><h3 class="post-summary__title"><a href="\/posts\/hello\/">Hello &lt;World><\/a><\/h3>/);
  assert.ok(list.indexOf('id="year-2025"') < list.indexOf('id="year-2024"'));
  assert.ok(list.includes('<p class="post-meta"><time datetime="2025-01-02">2 January 2025</time><span aria-hidden="true"> · </span><span>1 min read</span></p>'));
  assert.ok(list.includes('<p class="post-summary__excerpt">First paragraph here.</p>'));
  assert.ok(list.includes('<li><a class="badge badge--tag" href="/posts/tags/a-b/">A b</a></li><li><a class="badge badge--tag" href="/posts/tags/zed/">Zed</a></li>'));
});

test('posts: drafts and future posts are left out of builds; drafts: true and today in the future bring them back', async () => {
  const paths = (r: Awaited<ReturnType<typeof buildContent>>) => r.files.map((f) => f.path).filter((p) => p.startsWith('posts/') && !p.startsWith('posts/tags/')).sort();
  assert.deepEqual(paths(await buildContent(POSTS)), ['posts/hello/index.html', 'posts/index.html', 'posts/older/index.html']);
  assert.deepEqual(paths(await buildContent(POSTS, { drafts: true })), ['posts/draft/index.html', 'posts/hello/index.html', 'posts/index.html', 'posts/older/index.html']);
  // buildContent pins today to 2025-06-01 through SOURCE_DATE_EPOCH; a day later than the future post shows it.
  assert.ok(!(await buildContent(POSTS)).files.some((f) => f.path === 'posts/future/index.html'));
  assert.ok((await buildContent(POSTS, {}, '2025-07-01')).files.some((f) => f.path === 'posts/future/index.html'));
  // An explicit day wins over SOURCE_DATE_EPOCH, and future: true keeps every post.
  assert.ok((await buildContent(POSTS, { today: '2025-07-01' })).files.some((f) => f.path === 'posts/future/index.html'));
  assert.ok(!(await buildContent(POSTS, { today: '2025-06-30' }, '2099-01-01')).files.some((f) => f.path === 'posts/future/index.html'));
  assert.ok((await buildContent(POSTS, { future: true })).files.some((f) => f.path === 'posts/future/index.html'));
});

test('posts: a post page has its meta, body and a link to the neighbouring post', async () => {
  const page = mainOf(fileText(await buildContent(POSTS), 'posts/hello/index.html'));
  assert.ok(page.includes('<h1 class="page__title">Hello &lt;World></h1>'));
  assert.ok(page.includes('<div class="post__body"><p>First paragraph <em>here</em>.</p>\n<p>Second.</p>\n</div>'));
  assert.ok(page.includes('<nav class="post-nav" aria-label="More posts"><a class="post-nav__link post-nav__link--older" href="/posts/older/" rel="prev"><span class="post-nav__label">Older post</span> <span class="post-nav__title">Older</span></a></nav>'));
  const older = mainOf(fileText(await buildContent(POSTS), 'posts/older/index.html'));
  assert.ok(older.includes('href="/posts/hello/" rel="next"'));
});

test('posts: tag pages gather tags that differ only in case, and the tag index counts them', async () => {
  const result = await buildContent(POSTS);
  const tag = mainOf(fileText(result, 'posts/tags/a-b/index.html'));
  assert.ok(tag.includes('<h1 class="page__title">Posts tagged “A b”</h1>'));
  assert.ok(tag.includes('href="/posts/hello/"') && tag.includes('href="/posts/older/"'));
  const index = mainOf(fileText(result, 'posts/tags/index.html'));
  assert.ok(index.includes('<li><a class="badge badge--tag" href="/posts/tags/a-b/">A b</a> <span class="tag-cloud__count">2</span></li><li><a class="badge badge--tag" href="/posts/tags/zed/">Zed</a> <span class="tag-cloud__count">1</span></li>'));
  assert.ok(!fileText(result, 'sitemap.xml').includes('/posts/tags/'));
});

test('posts: bad file names, partial dates and missing titles are errors at file:line:col', async () => {
  const result = await buildContent({
    'posts/hello.md': '---\ntitle: x\n---\n',
    'posts/2025-01-03-partial.md': '---\ntitle: x\ndate: 2025-01\n---\n',
    'posts/2025-01-04-untitled.md': '---\ntags: [a]\n---\n',
    'posts/2025-01-05-bare.md': 'no front matter\n',
  });
  assert.equal(result.ok, false);
  assert.deepEqual(messages(result), [
    'posts/2025-01-03-partial.md:3:7 error A post\'s date must be a full day, not "2025-01". [bad-date]',
    'posts/2025-01-04-untitled.md:2:1 error Missing required key "title". [missing-key]',
    'posts/2025-01-05-bare.md:1:1 error This post has no front matter. [missing-front-matter]',
    'posts/hello.md:1:1 error The post file name "hello.md" does not start with a date and a slug. [bad-post-file-name]',
  ]);
});

test('posts: ::posts lists the newest posts on a page, and a tag filter narrows them', async () => {
  const result = await buildContent({ ...POSTS, 'pages/index.md': '---\ntitle: Home\n---\n\n::posts{limit=1}\n\n::posts{tag=zed}\n\n::posts{limit=x}\n' });
  assert.deepEqual(messages(result), ['pages/index.md:9:9 error The option "limit" of ::posts needs a whole number. [bad-directive-option]']);
  const ok = await buildContent({ ...POSTS, 'pages/index.md': '---\ntitle: Home\n---\n\n::posts{limit=1}\n' });
  const home = mainOf(fileText(ok, 'index.html'));
  assert.ok(home.includes('href="/posts/hello/"'));
  assert.ok(!home.includes('href="/posts/older/"'));
});

test('posts: a problem in a post body is reported once, though the newest posts go into the feeds too', async () => {
  const result = await buildContent({
    'posts/2025-01-02-hello.md': '---\ntitle: Hello\n---\n\nSee ::nope here.\n\n::nope\n\n$\\frac{1}{$\n',
  });
  assert.deepEqual(messages(result), [
    'posts/2025-01-02-hello.md:7:1 error Unknown directive "::nope". [unknown-directive]',
    'posts/2025-01-02-hello.md:9:1 error KaTeX cannot read this formula: Unexpected end of input in a macro argument, expected \'}\' at end of input: \\frac{1}{ [math-syntax]',
  ]);
});
