import { formatDay } from '../../i18n/format-date.js';
import type { UiText } from '../../i18n/ui-text.js';
import type { Post } from '../../model/posts.js';
import { readingTimeLabel } from './post-format.js';
import { PostTags } from './post-list.js';
import { withBase } from './site-url.js';

/** The body of a post's page: date, reading time and tags, the rendered Markdown, then links to the neighbouring posts. */
export function PostArticle({ post, html, newer, older, basePath, ui }: {
  post: Post;
  /** The post's Markdown rendered to HTML (owner-trusted). */
  html: string;
  newer?: Post | undefined;
  older?: Post | undefined;
  basePath: string;
  ui: UiText;
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
      <PostTags tags={post.tags} basePath={basePath} />
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
