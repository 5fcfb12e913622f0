import type { Honor } from '../../model/types.js';
import { renderInlineMarkdown } from './inline-markdown.js';
import { withBase } from './site-url.js';

/** Honours and awards in the order given: years, title (linked when a URL is known), awarding body, note. */
export function HonorList({ items, basePath = '', limit }: {
  items: readonly Honor[];
  basePath?: string;
  limit?: number;
}) {
  if (items.length === 0) return null;
  const shown = limit === undefined ? items : items.slice(0, limit);
  return (
    <ul class="honors">
      {shown.map((honor) => (
        <li class="honor">
          {honor.years.length > 0 && <span class="honor__years">{honor.years.join(', ')}</span>}
          <span class="honor__main">
            <span class="honor__title">
              {honor.url ? <a href={withBase(basePath, honor.url)}>{honor.title}</a> : honor.title}
            </span>
            {honor.by && <span class="honor__by">{honor.by}</span>}
            {honor.note && (
              <span class="honor__note" dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(honor.note) }} />
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
