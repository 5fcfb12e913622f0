import type { Site } from '../../model/types.js';
import { siteUrl, type FeedEntry } from './feed-entries.js';
import { escapeXml } from './xml-escape.js';

/** The posts as an Atom 1.0 feed (RFC 4287): feed id, title, updated, author, self link, and one entry per post. */
export function atomFeed(site: Site, entries: readonly FeedEntry[]): string {
  const home = siteUrl(site, '/');
  const self = siteUrl(site, '/feed.xml');
  const updated = entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), entries[0]?.updated ?? '1970-01-01T00:00:00Z');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(site.config.language)}">`,
    `  <id>${escapeXml(home)}</id>`,
    `  <title>${escapeXml(site.config.title)}</title>`,
    ...(site.config.description ? [`  <subtitle>${escapeXml(site.config.description)}</subtitle>`] : []),
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(home)}"/>`,
    `  <author><name>${escapeXml(site.author.name)}</name><uri>${escapeXml(home)}</uri></author>`,
    '  <generator uri="https://github.com/vita-homepage/vita">Vita</generator>',
  ];
  for (const e of entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title type="text">${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <published>${e.published}</published>`,
      `    <updated>${e.updated}</updated>`,
      ...e.tags.map((t) => `    <category term="${escapeXml(t)}"/>`),
      ...(e.summary ? [`    <summary type="text">${escapeXml(e.summary)}</summary>`] : []),
      `    <content type="html" xml:base="${escapeXml(e.url)}">${escapeXml(e.html)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
