import { renderToString } from 'preact-render-to-string';
import { TeachingList } from '../components/teaching-list.js';
import type { DirectiveSpec } from './spec.js';
import { drawnOf } from '../overrides/prepare-overrides.js';

/** `::teaching{limit=N}`: courses, newest first. */
export const teachingDirective: DirectiveSpec = {
  name: 'teaching',
  summary: 'courses from data/teaching.yml or teaching/',
  options: { limit: 'integer' },
  render: (site, options) => {
    const limit = options.limit as number | undefined;
    return renderToString(<TeachingList entries={site.teaching ?? []} basePath={site.config.basePath}
      drawn={drawnOf(site, 'teaching_entry')} {...(limit !== undefined ? { limit } : {})} />);
  },
};
