import { renderToString } from 'preact-render-to-string';
import { NewsList } from '../components/news-list.js';
import { drawnOf } from '../overrides/prepare-overrides.js';
import type { DirectiveSpec } from './spec.js';

/** `::news{limit=N}`: the newest N news items, the rest folded under "Earlier news". */
export const newsDirective: DirectiveSpec = {
  name: 'news',
  summary: 'dated news from data/news.yml',
  options: { limit: 'integer' },
  render: (site, options) => renderToString(<NewsList items={site.news} ui={site.ui}
    limit={(options.limit as number | undefined) ?? 8} drawn={drawnOf(site, 'news_item')} />),
};
