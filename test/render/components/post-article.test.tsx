import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { formatDay } from '../../../src/i18n/format-date.js';
import type { UiText } from '../../../src/i18n/ui-text.js';
import type { Post } from '../../../src/model/posts.js';
import { postArticleHtml } from '../../../src/render/components/post-article.js';
import { readingTimeLabel } from '../../../src/render/components/post-format.js';
import { withBase } from '../../../src/render/components/site-url.js';
import { buildUiText } from '../../../src/model/ui-text.js';
import { JsxPostTags, ODD as odd, post } from './post-fixture.js';

// The JSX component postArticleHtml replaced (for speed), kept here as the reference its bytes must match.
function JsxPostArticle({ post, html, newer, older, basePath, ui }: {
  post: Post; html: string; newer?: Post | undefined; older?: Post | undefined; basePath: string; ui: UiText;
}) {
  const t = ui.messages;
  return (
    <div class="post">
      <p class="post-meta">
        <time dateTime={post.date}>{formatDay(post.date, ui.dates)}</time>
        {post.updated && <> <span aria-hidden="true">·</span> {t.updated} <time dateTime={post.updated}>{formatDay(post.updated, ui.dates)}</time></>}
        <span aria-hidden="true"> · </span>
        <span>{readingTimeLabel(post.readingMinutes, ui)}</span>
        {post.draft && <span class="badge post-meta__draft">{t.draft}</span>}
      </p>
      <JsxPostTags tags={post.tags} basePath={basePath} />
      <div class="post__body" dangerouslySetInnerHTML={{ __html: html }} />
      {(newer || older) && (
        <nav class="post-nav" aria-label={t.more_posts}>
          {older && (
            <a class="post-nav__link post-nav__link--older" href={withBase(basePath, older.url)} rel="prev">
              <span class="post-nav__label">{t.older_post}</span> <span class="post-nav__title">{older.title}</span>
            </a>
          )}
          {newer && (
            <a class="post-nav__link post-nav__link--newer" href={withBase(basePath, newer.url)} rel="next">
              <span class="post-nav__label">{t.newer_post}</span> <span class="post-nav__title">{newer.title}</span>
            </a>
          )}
        </nav>
      )}
    </div>
  );
}

const cases: Array<[string, Parameters<typeof postArticleHtml>[0]]> = [];
for (const ui of [buildUiText('en').ui, buildUiText('zh-hans').ui, buildUiText('de').ui]) {
  for (const basePath of ['', '/my site']) {
    cases.push(
      ['plain', { post: post({}), html: '<p>Body &amp; more</p>', basePath, ui }],
      ['everything', {
        post: post({ updated: '2024-06-30', draft: true, tags: ['Machine learning', odd, 'C++'], title: odd, readingMinutes: 12 }),
        html: '<h2 id="x">X</h2>\n<p>text</p>\n', basePath, ui,
        newer: post({ url: '/posts/newer/', title: `Newer ${odd}` }), older: post({ url: 'https://elsewhere.example/?a=1&b="2"', title: 'Older' }),
      }],
      ['only older', { post: post({ tags: ['one'] }), html: '', basePath, ui, older: post({ title: 'Older' }) }],
      ['only newer', { post: post({ updated: '' }), html: 'x', basePath, ui, newer: post({ title: '<Newer>' }) }],
    );
  }
}

test('postArticleHtml gives the same bytes as the JSX component it replaced, for every combination of its props', () => {
  for (const [name, props] of cases) {
    assert.equal(postArticleHtml(props), renderToString(<JsxPostArticle {...props} />), `${name} (${props.ui.dates.months?.[0] ?? ''} ${props.basePath})`);
  }
});
