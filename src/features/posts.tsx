import { fill } from '../i18n/fill.js';
import { renderToString } from 'preact-render-to-string';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { buildPosts, postsToday, type Post } from '../model/posts.js';
import { outputPathForUrl } from '../model/permalink.js';
import type { Site } from '../model/types.js';
import { postArticleHtml } from '../render/components/post-article.js';
import { tagUrl } from '../render/components/post-format.js';
import { postListHtml } from '../render/components/post-list.js';
import { withBase } from '../render/components/site-url.js';
import { postsDirective } from '../render/directives/posts.js';
import { escapeAttr } from '../render/head/escape.js';
import { slugify } from '../render/markdown/slugify.js';
import { atomFeed } from '../write/feeds/atom.js';
import { FEED_LIMIT, feedEntries, siteUrl } from '../write/feeds/feed-entries.js';
import { jsonFeed } from '../write/feeds/json-feed.js';
import type { OutputFile } from '../write/output-file.js';
import { redirectPage } from '../write/redirect-page.js';
import type { FoundLink } from '../render/markdown/markdown-env.js';
import type { Feature, FeatureModelInput, FeatureRenderContext, GeneratedPage } from './feature.js';
import { ownPageAt, renderMarkdownBody } from './markdown-body.js';
import { drawnOf } from '../render/overrides/prepare-overrides.js';

// A post's body is rendered when its page is written, not kept: holding thousands of rendered posts until the end
// of the build cost memory and GC time. Only the newest posts' bodies, which the feeds hold too, are kept from their
// pages (written first) for the feeds. Rendering is deterministic, so only the first rendering of a post reports
// its problems.
const reported = new WeakSet<Post>();
const keptForFeeds = new WeakMap<Post, string>();
const linksOf = new WeakMap<Post, FoundLink[]>();
function postHtml(site: Site, post: Post, bag: DiagnosticBag, context: FeatureRenderContext): string {
  const first = !reported.has(post);
  reported.add(post);
  const links: FoundLink[] = [];
  const html = renderMarkdownBody(site, { url: post.url, file: post.source.file, body: post.body, bodyLine: post.bodyLine }, first ? bag : new DiagnosticBag(), context, links);
  if (first) linksOf.set(post, links);
  return html;
}

function feedLinks(site: Site): string {
  if (!site.posts?.length) return '';
  const title = escapeAttr(site.config.title);
  return `<link rel="alternate" type="application/atom+xml" title="${title}" href="${escapeAttr(siteUrl(site, '/feed.xml'))}">` +
    `<link rel="alternate" type="application/feed+json" title="${title}" href="${escapeAttr(siteUrl(site, '/feed.json'))}">`;
}

function postPage(
  site: Site, post: Post, index: number, posts: readonly Post[], extraHead: string, bag: DiagnosticBag,
  context: FeatureRenderContext,
): GeneratedPage {
  const basePath = site.config.basePath;
  const jsonLd = {
    '@context': 'https://schema.org', '@type': 'BlogPosting', headline: post.title, url: siteUrl(site, post.url),
    datePublished: post.date, dateModified: post.updated ?? post.date, author: { '@type': 'Person', name: site.author.name },
    ...(post.tags.length ? { keywords: post.tags.join(', ') } : {}),
  };
  return {
    url: post.url, title: post.title, description: post.description ?? (post.excerpt || site.config.description),
    extraHead, jsonLd: [jsonLd], source: post.source, date: post.updated ?? post.date,
    ...(post.draft ? {} : { search: { kind: 'Post' as const, date: post.date } }),
    // Made when the page is written (see GeneratedPage.bodyHtml); the links are known once it has been.
    get bodyHtml() {
      const html = postHtml(site, post, bag, context);
      if (index < FEED_LIMIT) keptForFeeds.set(post, html);
      return postArticleHtml({ post, html, newer: posts[index - 1], older: posts[index + 1], basePath, ui: site.ui });
    },
    get links() {
      if (!linksOf.has(post)) postHtml(site, post, bag, context);
      return linksOf.get(post)!;
    },
  };
}

function tagPages(site: Site): GeneratedPage[] {
  const posts = site.posts ?? [];
  const byTag = new Map<string, { name: string; posts: Post[] }>();
  for (const post of posts) {
    for (const tag of post.tags) {
      const key = slugify(tag);
      let entry = byTag.get(key);
      if (!entry) byTag.set(key, (entry = { name: tag, posts: [] }));
      entry.posts.push(post);
    }
  }
  if (byTag.size === 0) return [];
  const source = posts[0]!.source;
  const basePath = site.config.basePath;
  const tags = [...byTag.values()].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
  const index: GeneratedPage = {
    url: '/posts/tags/', title: site.ui.messages.tags, source, noSitemap: true,
    bodyHtml: renderToString(
      <ul class="tag-cloud">
        {tags.map((t) => <li><a class="badge badge--tag" href={withBase(basePath, tagUrl(t.name))}>{t.name}</a> <span class="tag-cloud__count">{t.posts.length}</span></li>)}
      </ul>,
    ),
  };
  return [index, ...tags.map((t) => ({
    url: tagUrl(t.name), title: fill(site.ui.messages.posts_tagged, { tag: t.name }), source: t.posts[0]!.source, noSitemap: true,
    bodyHtml: postListHtml({ posts: t.posts, basePath, ui: site.ui, byYear: true, drawn: drawnOf(site, 'post_item') }) +
      renderToString(<p><a href={basePath + '/posts/tags/'}>{site.ui.messages.all_tags}</a></p>),
  }))];
}

/** Blog posts: posts/YYYY-MM-DD-slug.md → /posts/, a page per post and per tag, /feed.xml (Atom) and /feed.json. */
export const postsFeature: Feature = {
  name: 'posts',
  contentFolders: ['posts'],
  model: (input: FeatureModelInput, bag) => {
    // "Today" is settled here, once per build, so rendering never reads the clock.
    const today = postsToday(input.today, process.env, Date.now);
    return { posts: buildPosts(input.loaded.collections.get('posts') ?? [], bag, { drafts: input.drafts, future: input.future ?? false, today }) };
  },
  directives: [postsDirective],
  pages: (site, bag, context) => {
    const posts = site.posts ?? [];
    if (posts.length === 0) return [];
    const extraHead = feedLinks(site);
    const list: GeneratedPage[] = ownPageAt(site, '/posts/') ? [] : [{
      url: '/posts/', title: site.ui.messages.posts, source: posts[0]!.source, extraHead,
      bodyHtml: postListHtml({ posts, basePath: site.config.basePath, ui: site.ui, byYear: true, drawn: drawnOf(site, 'post_item') }),
    }];
    return [...list, ...posts.map((p, i) => postPage(site, p, i, posts, extraHead, bag, context)), ...tagPages(site)];
  },
  files: (site, bag, context) => {
    const posts = site.posts ?? [];
    if (posts.length === 0) return [];
    const entries = feedEntries(site, posts, (p) => keptForFeeds.get(p) ?? postHtml(site, p, bag, context));
    const redirects: OutputFile[] = posts.flatMap((p) => p.redirectFrom.map((from) => ({
      path: outputPathForUrl(from),
      content: redirectPage(withBase(site.config.basePath, p.url), siteUrl(site, p.url)),
    })));
    return [{ path: 'feed.xml', content: atomFeed(site, entries) }, { path: 'feed.json', content: jsonFeed(site, entries) }, ...redirects];
  },
  outputPaths: (site) => {
    const posts = site.posts ?? [];
    if (posts.length === 0) return [];
    return ['feed.xml', 'feed.json', ...posts.flatMap((p) => p.redirectFrom.map(outputPathForUrl))];
  },
};
