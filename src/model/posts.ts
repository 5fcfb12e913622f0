import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { MarkdownFile } from '../load/front-matter.js';
import { positionOf } from '../load/yaml.js';
import { isDayShaped, isFullDate, postFrontMatterSchema } from '../validate/schemas/post.js';
import { simplePostFrontMatter } from '../validate/simple-post-front-matter.js';
import { validateYaml } from '../validate/zod-diagnostics.js';
import { normalisePermalink } from './permalink.js';
import { excerptOf, readingMinutes } from './posts-text.js';
import type { SourceRef } from './source-ref.js';

/** A blog post from posts/YYYY-MM-DD-slug.md. */
export interface Post {
  source: SourceRef;
  slug: string;
  /** Site-relative URL, `/posts/<slug>/` unless the front matter sets a permalink. */
  url: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  updated?: string;
  description?: string;
  /** Plain text: the front matter's `excerpt`, else the text before `<!--more-->` or the first paragraph. */
  excerpt: string;
  tags: string[];
  draft: boolean;
  readingMinutes: number;
  redirectFrom: string[];
  image?: string;
  /** Markdown body (front matter removed). */
  body: string;
  bodyLine: number;
}

export interface PostOptions {
  /** Keep `draft: true` posts (vita dev). */
  drafts: boolean;
  /** Keep posts dated after `today`. */
  future: boolean;
  /** `YYYY-MM-DD`: posts after this day are left out unless `future`. */
  today: string;
}

const FILE_NAME = /^(\d{4}-\d{2}-\d{2})-([a-z0-9][a-z0-9-]*)\.(md|markdown)$/;

/** Validates posts/*.md and returns the posts to publish, newest first (same day: by slug). */
export function buildPosts(files: readonly MarkdownFile[], bag: DiagnosticBag, options: PostOptions): Post[] {
  const posts: Post[] = [];
  const bySlug = new Map<string, string>();
  for (const file of files) {
    const name = file.source.file;
    const base = name.slice(name.lastIndexOf('/') + 1);
    const match = FILE_NAME.exec(base);
    if (match && isDayShaped(match[1]!) && !isFullDate(match[1]!)) {
      bag.error('bad-post-file-name', name, { line: 1, col: 1 },
        `The post file name "${base}" starts with ${match[1]}, which is not a day of the calendar.`,
        'Rename the file with the day the post was written (posts are ordered and dated by it).');
      continue;
    }
    if (!match || !isFullDate(match[1]!)) {
      bag.error('bad-post-file-name', name, { line: 1, col: 1 }, `The post file name "${base}" does not start with a date and a slug.`,
        'Name posts like posts/2025-05-01-my-first-post.md: the date, then lower-case words joined by hyphens.');
      continue;
    }
    if (!file.hasFrontMatter) {
      bag.error('missing-front-matter', name, { line: 1, col: 1 }, 'This post has no front matter.', 'Start the file with:\n---\ntitle: Post title\n---');
      continue;
    }
    if (!file.frontMatter) continue; // its YAML error is already reported
    const fm = simplePostFrontMatter(file.frontMatter.value) ?? validateYaml(postFrontMatterSchema, file.frontMatter, bag);
    if (!fm) continue;
    const slug = match[2]!;
    const earlier = bySlug.get(slug);
    if (earlier) {
      bag.error('duplicate-post-slug', name, { line: 1, col: 1 }, `Two posts have the slug "${slug}": ${earlier} and ${name}.`, 'Rename one of them; the slug is the post\'s address.');
      continue;
    }
    bySlug.set(slug, name);
    let url = `/posts/${slug}/`;
    if (fm.permalink !== undefined) {
      const result = normalisePermalink(fm.permalink);
      if (!result.ok) {
        bag.error('bad-permalink', name, positionOf(file.frontMatter, ['permalink']), `The permalink "${fm.permalink}" ${result.reason}.`, result.hint);
        continue;
      }
      url = result.url;
    }
    const redirectFrom: string[] = [];
    for (const raw of fm.redirect_from ?? []) {
      const result = normalisePermalink(raw);
      if (result.ok) redirectFrom.push(result.url);
      else bag.error('bad-permalink', name, positionOf(file.frontMatter, ['redirect_from']), `The redirect "${raw}" ${result.reason}.`, result.hint);
    }
    const date = fm.date ?? match[1]!;
    if (fm.draft && !options.drafts) continue;
    if (date > options.today && !options.future) continue;
    const tags = [...new Set([...(fm.tags ?? []), ...(fm.categories ?? [])].map((t) => t.trim()).filter(Boolean))];
    posts.push({
      source: { file: name, line: 1, col: 1 },
      slug,
      url,
      title: fm.title,
      date,
      ...(fm.updated ? { updated: fm.updated } : {}),
      ...(fm.description ? { description: fm.description } : {}),
      excerpt: fm.excerpt ?? excerptOf(file.body),
      tags,
      draft: fm.draft ?? false,
      readingMinutes: readingMinutes(file.body),
      redirectFrom,
      ...(fm.image ? { image: fm.image } : {}),
      body: file.body,
      bodyLine: file.bodyLine,
    });
  }
  return posts.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** Today as `YYYY-MM-DD` for deciding which posts are in the future: an explicit day, else SOURCE_DATE_EPOCH, else the clock (UTC). */
export function postsToday(explicit: string | undefined, env: NodeJS.ProcessEnv, now: () => number): string {
  if (explicit) return explicit;
  const epoch = env.SOURCE_DATE_EPOCH;
  const ms = epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : now();
  return new Date(ms).toISOString().slice(0, 10);
}
