import { formatMonthYear } from '../../i18n/format-date.js';
import type { UiText } from '../../i18n/ui-text.js';
import type { NewsItem } from '../../model/types.js';
import { renderInlineMarkdown } from './inline-markdown.js';

/** Newest first; items with the same date keep the order the owner wrote them in. */
export function sortNews(items: readonly NewsItem[]): NewsItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.date < b.item.date ? 1 : a.item.date > b.item.date ? -1 : a.index - b.index))
    .map(({ item }) => item);
}

type Drawn = ReadonlyMap<NewsItem, string> | undefined;

function NewsEntries({ items, drawn, ui }: { items: readonly NewsItem[]; drawn: Drawn; ui: UiText }) {
  return (
    <ul class="news">
      {items.map((item) => drawn?.has(item) ? <li class="news__item news__item--override" dangerouslySetInnerHTML={{ __html: drawn.get(item)! }} /> : (
        <li class="news__item">
          <time class="news__date" dateTime={item.date}>{formatMonthYear(item.date, ui.dates)}</time>
          <span class="news__text" lang={item.fallbackLanguages?.text} dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(item.text) }} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Dated news, newest first: the first `limit` shown, the rest folded under "Earlier news". `drawn` holds the
 * owner's own drawing of each item (theme.components.news_item), used instead of Vita's.
 */
export function NewsList({ items, ui, limit = 8, drawn }: { items: readonly NewsItem[]; ui: UiText; limit?: number; drawn?: Drawn }) {
  if (items.length === 0) return null;
  const sorted = sortNews(items);
  const shown = sorted.slice(0, Math.max(0, limit));
  const earlier = sorted.slice(shown.length);
  return (
    <div class="news-list">
      {shown.length > 0 && <NewsEntries items={shown} drawn={drawn} ui={ui} />}
      {earlier.length > 0 && (
        <details class="news-list__earlier">
          <summary>{ui.messages.earlier_news}</summary>
          <NewsEntries items={earlier} drawn={drawn} ui={ui} />
        </details>
      )}
    </div>
  );
}
