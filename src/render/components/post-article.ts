import { formatDay } from '../../i18n/format-date.js';
import type { Messages } from '../../i18n/messages.js';
import type { UiText } from '../../i18n/ui-text.js';
import type { Post } from '../../model/posts.js';
import { escapeJsx as esc } from './jsx-escape.js';
import { readingTimeLabel, tagUrl } from './post-format.js';
import { withBase } from './site-url.js';

/**
 * The body of a post's page: date, reading time and tags, the rendered Markdown, then links to the neighbouring
 * posts. A string template rather than JSX: it runs once per post, and a build of thousands of posts spent
 * ~50 ms more in preact-render-to-string (same props, same bytes: test/render/components/post-article.test.tsx).
 */
export function postArticleHtml({ post, html, newer, older, basePath, ui }: {
  post: Post;
  /** The post's Markdown rendered to HTML (owner-trusted). */
  html: string;
  newer?: Post | undefined;
  older?: Post | undefined;
  basePath: string;
  ui: UiText;
}): string {
  const t = ui.messages;
  const updated = post.updated
    ? ` <span aria-hidden="true">·</span> ${esc(t.updated)} <time datetime="${esc(post.updated)}">${esc(formatDay(post.updated, ui.dates))}</time>`
    : '';
  const meta = `<p class="post-meta"><time datetime="${esc(post.date)}">${esc(formatDay(post.date, ui.dates))}</time>${updated}` +
    `<span aria-hidden="true"> · </span><span>${esc(readingTimeLabel(post.readingMinutes, ui))}</span>` +
    `${post.draft ? `<span class="badge post-meta__draft">${esc(t.draft)}</span>` : ''}</p>`;
  return `<div class="post">${meta}${postTagsHtml(post.tags, basePath)}<div class="post__body">${html}</div>` +
    `${newer || older ? postNav(t, basePath, newer, older) : ''}</div>`;
}

/** The post's tags as links to their pages. */
export function postTagsHtml(tags: readonly string[], basePath: string): string {
  if (tags.length === 0) return '';
  let items = '';
  for (const tag of tags) items += `<li><a class="badge badge--tag" href="${esc(withBase(basePath, tagUrl(tag)))}">${esc(tag)}</a></li>`;
  return `<ul class="post-tags">${items}</ul>`;
}

function postNav(t: Messages, basePath: string, newer: Post | undefined, older: Post | undefined): string {
  const link = (post: Post, side: 'older' | 'newer', rel: string, label: string) =>
    `<a class="post-nav__link post-nav__link--${side}" href="${esc(withBase(basePath, post.url))}" rel="${rel}">` +
    `<span class="post-nav__label">${esc(label)}</span> <span class="post-nav__title">${esc(post.title)}</span></a>`;
  return `<nav class="post-nav" aria-label="${esc(t.more_posts)}">` +
    `${older ? link(older, 'older', 'prev', t.older_post) : ''}${newer ? link(newer, 'newer', 'next', t.newer_post) : ''}</nav>`;
}
