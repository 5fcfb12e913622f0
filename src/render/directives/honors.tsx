import { renderToString } from 'preact-render-to-string';
import { HonorList } from '../components/honor-list.js';
import type { DirectiveSpec } from './spec.js';
import { drawnOf } from '../overrides/prepare-overrides.js';

/** `::honors{limit=N}`: honours and awards from data/honors.yml. */
export const honorsDirective: DirectiveSpec = {
  name: 'honors',
  summary: 'honours and awards from data/honors.yml',
  options: { limit: 'integer' },
  render: (site, options) => {
    const limit = options.limit as number | undefined;
    return renderToString(<HonorList items={site.honors} basePath={site.config.basePath} drawn={drawnOf(site, 'honor')}
      {...(limit !== undefined ? { limit } : {})} />);
  },
};
