import type { Site } from '../../model/types.js';
import { siteUrl, type FeedEntry } from './feed-entries.js';

/** The posts as a JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function jsonFeed(site: Site, entries: readonly FeedEntry[]): string {
  const home = siteUrl(site, '/');
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.config.title,
    home_page_url: home,
    feed_url: siteUrl(site, '/feed.json'),
    ...(site.config.description ? { description: site.config.description } : {}),
    language: site.config.language,
    authors: [{ name: site.author.name, url: home }],
    items: entries.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      content_html: e.html,
      ...(e.summary ? { summary: e.summary } : {}),
      date_published: e.published,
      date_modified: e.updated,
      ...(e.tags.length ? { tags: e.tags } : {}),
    })),
  };
  return JSON.stringify(feed, null, 2) + '\n';
}
