import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { formatDay } from '../../../src/i18n/format-date.js';
import type { UiText } from '../../../src/i18n/ui-text.js';
import type { Post } from '../../../src/model/posts.js';
import { buildUiText } from '../../../src/model/ui-text.js';
import { OverrideItem, type DrawnItems } from '../../../src/render/components/override-item.js';
import { readingTimeLabel } from '../../../src/render/components/post-format.js';
import { groupByYear, postListHtml } from '../../../src/render/components/post-list.js';
import { withBase } from '../../../src/render/components/site-url.js';
import { JsxPostTags, ODD as odd, post } from './post-fixture.js';

// The JSX components postListHtml replaced (for speed), kept here as the reference its bytes must match.
function PostSummary({ post, basePath, ui }: { post: Post; basePath: string; ui: UiText }) {
  return (
    <li class="post-summary">
      <h3 class="post-summary__title"><a href={withBase(basePath, post.url)}>{post.title}</a></h3>
      <p class="post-meta">
        <time dateTime={post.date}>{formatDay(post.date, ui.dates)}</time>
        <span aria-hidden="true"> · </span>
        <span>{readingTimeLabel(post.readingMinutes, ui)}</span>
        {post.draft && <span class="badge post-meta__draft">{ui.messages.draft}</span>}
      </p>
      {post.excerpt && <p class="post-summary__excerpt">{post.excerpt}</p>}
      <JsxPostTags tags={post.tags} basePath={basePath} />
    </li>
  );
}

function JsxPostList({ posts, basePath, ui, byYear = false, limit, drawn }: {
  posts: readonly Post[]; basePath: string; ui: UiText; byYear?: boolean; limit?: number; drawn?: DrawnItems<Post>;
}) {
  const shown = limit === undefined ? posts : posts.slice(0, limit);
  if (shown.length === 0) return <p class="empty-note">{ui.messages.no_posts}</p>;
  const item = (post: Post) => {
    const own = drawn?.get(post);
    return own !== undefined ? <OverrideItem block="post-summary" html={own} /> : <PostSummary post={post} basePath={basePath} ui={ui} />;
  };
  if (!byYear) return <ul class="post-list">{shown.map(item)}</ul>;
  return (
    <div class="post-archive">
      {groupByYear(shown, (p) => p.date, ui.messages.undated).map(([year, items]) => (
        <section class="year-group" aria-labelledby={`year-${year}`}>
          <h2 class="year-group__title" id={`year-${year}`}>{year}</h2>
          <ul class="post-list">{items.map(item)}</ul>
        </section>
      ))}
    </div>
  );
}

const posts = [
  post({ title: odd, excerpt: `An excerpt: ${odd}`, tags: ['Machine learning', odd, 'C++'], draft: true, readingMinutes: 12, date: '2025-03-09' }),
  post({ url: '/posts/b/', title: 'B', date: '2025-01-01', excerpt: 'Plain.' }),
  post({ url: 'https://elsewhere.example/?a=1&b="2"', title: 'Away', date: '2024-12-31', tags: ['one'] }),
  post({ url: '/posts/d/', title: 'D', date: '2023-05-01' }),
];

test('postListHtml gives the same bytes as the JSX components it replaced, for every combination of its props', () => {
  let compared = 0;
  for (const ui of [buildUiText('en').ui, buildUiText('zh-hans').ui, buildUiText('de').ui]) {
    for (const basePath of ['', '/my site']) {
      for (const list of [posts, posts.slice(1, 2), []]) {
        for (const byYear of [undefined, false, true]) {
          for (const limit of [undefined, 0, 2, 10]) {
            for (const drawn of [undefined, new Map([[posts[1]!, '<b>drawn</b> & "kept"']]), new Map<Post, string>()]) {
              const props = { posts: list, basePath, ui, ...(byYear === undefined ? {} : { byYear }), ...(limit === undefined ? {} : { limit }), drawn };
              assert.equal(postListHtml(props), renderToString(<JsxPostList {...props} />), JSON.stringify({ basePath, byYear, limit, n: list.length }));
              compared++;
            }
          }
        }
      }
    }
  }
  assert.equal(compared, 3 * 2 * 3 * 3 * 4 * 3);
});

test('a list by year: a section per year, newest first, the owner\'s drawing inside the <li> Vita keeps', () => {
  const html = postListHtml({ posts: posts.slice(1), basePath: '', ui: buildUiText('en').ui, byYear: true, drawn: new Map([[posts[3]!, '<i>D</i>']]) });
  assert.equal(html, '<div class="post-archive"><section class="year-group" aria-labelledby="year-2025"><h2 class="year-group__title" id="year-2025">2025</h2>' +
    '<ul class="post-list"><li class="post-summary"><h3 class="post-summary__title"><a href="/posts/b/">B</a></h3><p class="post-meta">' +
    '<time datetime="2025-01-01">1 January 2025</time><span aria-hidden="true"> · </span><span>3 min read</span></p>' +
    '<p class="post-summary__excerpt">Plain.</p></li></ul></section><section class="year-group" aria-labelledby="year-2024">' +
    '<h2 class="year-group__title" id="year-2024">2024</h2><ul class="post-list"><li class="post-summary"><h3 class="post-summary__title">' +
    '<a href="https://elsewhere.example/?a=1&amp;b=&quot;2&quot;">Away</a></h3><p class="post-meta"><time datetime="2024-12-31">31 December 2024</time>' +
    '<span aria-hidden="true"> · </span><span>3 min read</span></p><ul class="post-tags"><li><a class="badge badge--tag" href="/posts/tags/one/">one</a></li></ul>' +
    '</li></ul></section><section class="year-group" aria-labelledby="year-2023"><h2 class="year-group__title" id="year-2023">2023</h2>' +
    '<ul class="post-list"><li class="post-summary post-summary--override"><i>D</i></li></ul></section></div>');
});
