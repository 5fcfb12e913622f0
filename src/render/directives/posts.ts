import { postListHtml } from '../components/post-list.js';
import { slugify } from '../markdown/slugify.js';
import type { DirectiveSpec } from './spec.js';
import { drawnOf } from '../overrides/prepare-overrides.js';

/** `::posts{limit=N tag=…}`: the newest posts, optionally only those with one tag. */
export const postsDirective: DirectiveSpec = {
  name: 'posts',
  summary: 'recent blog posts from posts/',
  options: { limit: 'integer', tag: 'text' },
  render: (site, options) => {
    const tag = options.tag as string | undefined;
    const posts = (site.posts ?? []).filter((p) => tag === undefined || p.tags.some((t) => slugify(t) === slugify(tag)));
    return postListHtml({ posts, ui: site.ui, basePath: site.config.basePath, limit: (options.limit as number | undefined) ?? 5,
      drawn: drawnOf(site, 'post_item') });
  },
};
