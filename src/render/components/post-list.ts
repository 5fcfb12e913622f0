import { formatDay } from '../../i18n/format-date.js';
import type { UiText } from '../../i18n/ui-text.js';
import type { Post } from '../../model/posts.js';
import { escapeJsx as esc } from './jsx-escape.js';
import type { DrawnItems } from './override-item.js';
import { postTagsHtml } from './post-article.js';
import { readingTimeLabel } from './post-format.js';
import { withBase } from './site-url.js';

// String templates, not JSX: the post list holds every post of the site, and preact-render-to-string spent
// ~20 ms on a thousand of them. Same props and bytes as the JSX they replaced, which
// test/render/components/post-list.test.tsx keeps to compare with.

/** One post in a list: title, date, reading time, excerpt and tags. */
function postSummaryHtml(post: Post, basePath: string, ui: UiText): string {
  return '<li class="post-summary"><h3 class="post-summary__title">' +
    `<a href="${esc(withBase(basePath, post.url))}">${esc(post.title)}</a></h3>` +
    `<p class="post-meta"><time datetime="${esc(post.date)}">${esc(formatDay(post.date, ui.dates))}</time>` +
    `<span aria-hidden="true"> · </span><span>${esc(readingTimeLabel(post.readingMinutes, ui))}</span>` +
    `${post.draft ? `<span class="badge post-meta__draft">${esc(ui.messages.draft)}</span>` : ''}</p>` +
    `${post.excerpt ? `<p class="post-summary__excerpt">${esc(post.excerpt)}</p>` : ''}` +
    `${postTagsHtml(post.tags, basePath)}</li>`;
}

/**
 * Posts newest first, each with date, reading time, excerpt and tags; `byYear` puts them under year headings.
 * `drawn` holds the owner's own drawing of each post (theme.components.post_item), used instead of Vita's.
 */
export function postListHtml({ posts, basePath, ui, byYear = false, limit, drawn }: {
  posts: readonly Post[];
  basePath: string;
  ui: UiText;
  byYear?: boolean;
  limit?: number;
  drawn?: DrawnItems<Post>;
}): string {
  const shown = limit === undefined ? posts : posts.slice(0, limit);
  if (shown.length === 0) return `<p class="empty-note">${esc(ui.messages.no_posts)}</p>`;
  const list = (items: readonly Post[]) => {
    let html = '<ul class="post-list">';
    for (const post of items) {
      const own = drawn?.get(post);
      // The owner's drawing inside the <li> Vita keeps around it, as OverrideItem draws it.
      html += own !== undefined
        ? `<li class="post-summary post-summary--override">${own}</li>`
        : postSummaryHtml(post, basePath, ui);
    }
    return html + '</ul>';
  };
  if (!byYear) return list(shown);
  let html = '<div class="post-archive">';
  for (const [year, items] of groupByYear(shown, (p) => p.date, ui.messages.undated)) {
    const id = esc(`year-${year}`);
    html += `<section class="year-group" aria-labelledby="${id}">` +
      `<h2 class="year-group__title" id="${id}">${esc(year)}</h2>${list(items)}</section>`;
  }
  return html + '</div>';
}

/**
 * Items grouped by the year their date starts with, in the order given (so newest-first lists stay so); undated
 * ones under `undated`.
 */
export function groupByYear<T>(items: readonly T[], date: (item: T) => string | undefined,
  undated: string): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const year = date(item)?.slice(0, 4) || undated;
    let list = groups.get(year);
    if (!list) groups.set(year, (list = []));
    list.push(item);
  }
  return [...groups];
}
