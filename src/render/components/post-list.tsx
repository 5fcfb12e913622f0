import { formatDay } from '../../i18n/format-date.js';
import type { UiText } from '../../i18n/ui-text.js';
import type { Post } from '../../model/posts.js';
import { readingTimeLabel, tagUrl } from './post-format.js';
import { OverrideItem, type DrawnItems } from './override-item.js';
import { withBase } from './site-url.js';

/** A post's tags as links to their tag pages. */
export function PostTags({ tags, basePath }: { tags: readonly string[]; basePath: string }) {
  if (tags.length === 0) return null;
  return (
    <ul class="post-tags">
      {tags.map((tag) => <li><a class="badge badge--tag" href={withBase(basePath, tagUrl(tag))}>{tag}</a></li>)}
    </ul>
  );
}

function PostSummary({ post, basePath, level, ui }: { post: Post; basePath: string; level: 2 | 3; ui: UiText }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <li class="post-summary">
      <Heading class="post-summary__title"><a href={withBase(basePath, post.url)}>{post.title}</a></Heading>
      <p class="post-meta">
        <time dateTime={post.date}>{formatDay(post.date, ui.dates)}</time>
        <span aria-hidden="true"> · </span>
        <span>{readingTimeLabel(post.readingMinutes, ui)}</span>
        {post.draft && <span class="badge post-meta__draft">{ui.messages.draft}</span>}
      </p>
      {post.excerpt && <p class="post-summary__excerpt">{post.excerpt}</p>}
      <PostTags tags={post.tags} basePath={basePath} />
    </li>
  );
}

/**
 * Posts newest first, each with date, reading time, excerpt and tags; `byYear` puts them under year headings.
 * `drawn` holds the owner's own drawing of each post (theme.components.post_item), used instead of Vita's.
 */
export function PostList({ posts, basePath, ui, byYear = false, limit, drawn }: {
  posts: readonly Post[];
  basePath: string;
  ui: UiText;
  byYear?: boolean;
  limit?: number;
  drawn?: DrawnItems<Post>;
}) {
  const shown = limit === undefined ? posts : posts.slice(0, limit);
  if (shown.length === 0) return <p class="empty-note">{ui.messages.no_posts}</p>;
  const item = (post: Post) => {
    const own = drawn?.get(post);
    return own !== undefined ? <OverrideItem block="post-summary" html={own} />
      : <PostSummary post={post} basePath={basePath} level={3} ui={ui} />;
  };
  if (!byYear) {
    return <ul class="post-list">{shown.map(item)}</ul>;
  }
  const years = groupByYear(shown, (p) => p.date, ui.messages.undated);
  return (
    <div class="post-archive">
      {years.map(([year, items]) => (
        <section class="year-group" aria-labelledby={`year-${year}`}>
          <h2 class="year-group__title" id={`year-${year}`}>{year}</h2>
          <ul class="post-list">{items.map(item)}</ul>
        </section>
      ))}
    </div>
  );
}

/** Items grouped by the year their date starts with, in the order given (so newest-first lists stay so); undated ones under `undated`. */
export function groupByYear<T>(items: readonly T[], date: (item: T) => string | undefined, undated: string): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const year = date(item)?.slice(0, 4) || undated;
    let list = groups.get(year);
    if (!list) groups.set(year, (list = []));
    list.push(item);
  }
  return [...groups];
}
