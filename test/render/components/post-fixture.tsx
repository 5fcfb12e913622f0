import type { Post } from '../../../src/model/posts.js';
import { tagUrl } from '../../../src/render/components/post-format.js';
import { withBase } from '../../../src/render/components/site-url.js';

/** A post for the post components' tests, with `over` changed. */
export const post = (over: Partial<Post>): Post => ({
  source: { file: 'posts/2024-05-01-a.md', line: 1, col: 1 }, slug: 'a', url: '/posts/a/', title: 'A post', date: '2024-05-01',
  excerpt: '', tags: [], draft: false, readingMinutes: 3, redirectFrom: [], body: '', bodyLine: 4, ...over,
});

/** Text with every character HTML escaping cares about. */
export const ODD = 'Fish & "chips" <b>bold</b> it\'s > that';

/** The JSX component postTagsHtml replaced (for speed): the reference its bytes must match. */
export function JsxPostTags({ tags, basePath }: { tags: readonly string[]; basePath: string }) {
  if (tags.length === 0) return null;
  return (
    <ul class="post-tags">
      {tags.map((tag) => <li><a class="badge badge--tag" href={withBase(basePath, tagUrl(tag))}>{tag}</a></li>)}
    </ul>
  );
}
