import { renderToString } from 'preact-render-to-string';
import { TalkList } from '../components/talk-list.js';
import type { DirectiveSpec } from './spec.js';
import { drawnOf } from '../overrides/prepare-overrides.js';

/** `::talks{limit=N year=2024 type=invited}`: talks, newest first. */
export const talksDirective: DirectiveSpec = {
  name: 'talks',
  summary: 'talks from data/talks.yml or talks/',
  options: { limit: 'integer', year: 'integer', type: 'text', grouped: 'flag' },
  render: (site, options) => {
    const year = options.year as number | undefined;
    const type = options.type as string | undefined;
    const talks = (site.talks ?? []).filter((t) =>
      (year === undefined || t.date?.startsWith(String(year))) && (type === undefined || t.type === type));
    const limit = options.limit as number | undefined;
    return renderToString(<TalkList talks={talks} ui={site.ui} basePath={site.config.basePath}
      byYear={options.grouped === true} drawn={drawnOf(site, 'talk')} {...(limit !== undefined ? { limit } : {})} />);
  },
};
