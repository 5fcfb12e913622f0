import type { Post } from '../../model/posts.js';
import { absoluteUrl } from '../../render/components/site-url.js';
import type { Site } from '../../model/types.js';

/** What both feeds say about one post. */
export interface FeedEntry {
  id: string;
  url: string;
  title: string;
  /** RFC 3339, midnight UTC of the post's day (posts are dated to the day). */
  published: string;
  updated: string;
  summary: string;
  /** Rendered HTML of the whole post. */
  html: string;
  tags: string[];
}

/** How many of the newest posts the feeds hold. */
export const FEED_LIMIT = 20;

/** The feed's newest posts (at most `limit`), with their rendered HTML from `htmlOf`. */
export function feedEntries(site: Site, posts: readonly Post[], htmlOf: (post: Post) => string, limit = FEED_LIMIT): FeedEntry[] {
  return posts.slice(0, limit).map((post) => {
    const url = siteUrl(site, post.url);
    return {
      id: url,
      url,
      title: post.title,
      published: rfc3339(post.date),
      updated: rfc3339(post.updated ?? post.date),
      summary: post.description ?? post.excerpt,
      html: htmlOf(post),
      tags: post.tags,
    };
  });
}

/** `2025-05-01` → `2025-05-01T00:00:00Z`. */
export function rfc3339(day: string): string {
  return `${day}T00:00:00Z`;
}

/** The absolute URL of a site-relative path, percent-encoded once (as in sitemap.xml and canonical links). */
export function siteUrl(site: Site, path: string): string {
  return absoluteUrl(site.config, path);
}
