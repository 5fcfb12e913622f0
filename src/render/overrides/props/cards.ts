import { formatDay } from '../../../i18n/format-date.js';
import type { Post } from '../../../model/posts.js';
import type { Project } from '../../../model/projects.js';
import type { Site } from '../../../model/types.js';
import { renderInlineMarkdown } from '../../components/inline-markdown.js';
import { readingTimeLabel, tagUrl } from '../../components/post-format.js';
import { withBase } from '../../components/site-url.js';
import { linkProps, orNull, urlProp, type Props } from './common.js';

/** The documented keys of `project` and `post`, in the order docs/theming.md lists them. */
export const PROJECT_CARD_KEYS = ['title', 'slug', 'summary', 'summary_html', 'image', 'image_alt', 'url', 'page_url',
  'links', 'tags', 'date'] as const;
export const POST_ITEM_KEYS = ['title', 'url', 'date', 'date_label', 'updated', 'description', 'excerpt', 'tags',
  'tag_links', 'draft', 'reading_minutes', 'reading_time_label', 'image'] as const;

/** `project`: one project (data/projects.yml, projects/*.md). */
export function projectCardProps(project: Project, site: Site): Props {
  const { basePath } = site.config;
  return {
    title: project.title,
    slug: project.slug,
    summary: orNull(project.summary),
    summary_html: project.summary ? renderInlineMarkdown(project.summary) : null,
    image: urlProp(basePath, project.image),
    image_alt: project.image ? project.imageAlt ?? '' : null,
    url: urlProp(basePath, project.url),
    page_url: urlProp(basePath, project.pageUrl),
    links: linkProps(project.links, basePath, site.ui),
    tags: [...project.tags],
    date: orNull(project.date),
  };
}

/** `post`: one blog post in a list of posts (`::posts`, /posts/, the tag pages). */
export function postItemProps(post: Post, site: Site): Props {
  const { basePath } = site.config;
  return {
    title: post.title,
    url: withBase(basePath, post.url),
    date: post.date,
    date_label: formatDay(post.date, site.ui.dates),
    updated: orNull(post.updated),
    description: orNull(post.description),
    excerpt: post.excerpt || null,
    tags: [...post.tags],
    tag_links: post.tags.map((tag) => ({ label: tag, url: withBase(basePath, tagUrl(tag)) })),
    draft: post.draft,
    reading_minutes: post.readingMinutes,
    reading_time_label: readingTimeLabel(post.readingMinutes, site.ui),
    image: urlProp(basePath, post.image),
  };
}
