import type { Honor } from '../../model/types.js';
import { OverrideItem, type DrawnItems } from './override-item.js';
import { renderInlineMarkdown } from './inline-markdown.js';
import { withBase } from './site-url.js';

/**
 * Honours and awards in the order given: years, title (linked when a URL is known), awarding body, note; `drawn`
 * holds the owner's own drawing of each (theme.components.honor), used instead of Vita's.
 */
export function HonorList({ items, basePath = '', limit, drawn }: {
  items: readonly Honor[];
  basePath?: string;
  limit?: number;
  drawn?: DrawnItems<Honor>;
}) {
  if (items.length === 0) return null;
  const shown = limit === undefined ? items : items.slice(0, limit);
  return (
    <ul class="honors">
      {shown.map((honor) => drawn?.has(honor) ? <OverrideItem block="honor" html={drawn.get(honor)!} /> : (
        <li class="honor">
          {honor.years.length > 0 && <span class="honor__years">{honor.years.join(', ')}</span>}
          <span class="honor__main">
            <span class="honor__title" lang={honor.fallbackLanguages?.title}>
              {honor.url ? <a href={withBase(basePath, honor.url)}>{honor.title}</a> : honor.title}
            </span>
            {honor.by && <span class="honor__by" lang={honor.fallbackLanguages?.by}>{honor.by}</span>}
            {honor.note && (
              <span class="honor__note" lang={honor.fallbackLanguages?.note} dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(honor.note) }} />
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
