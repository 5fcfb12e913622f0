import { renderToString } from 'preact-render-to-string';
import type { Site } from '../../model/types.js';
import { Timeline } from '../components/timeline.js';
import type { DirectiveSpec } from './spec.js';
import { drawnOf } from '../overrides/prepare-overrides.js';

function timelineDirective(name: 'experience' | 'education'): DirectiveSpec {
  return {
    name,
    summary: `entries from data/${name}.yml`,
    options: { limit: 'integer' },
    render: (site: Site, options) => {
      const limit = options.limit as number | undefined;
      return renderToString(<Timeline entries={site[name]} ui={site.ui} basePath={site.config.basePath}
        drawn={drawnOf(site, 'timeline_entry')} {...(limit !== undefined ? { limit } : {})} />);
    },
  };
}

/** `::experience{limit=N}`: positions from data/experience.yml. */
export const experienceDirective = timelineDirective('experience');
/** `::education{limit=N}`: degrees from data/education.yml. */
export const educationDirective = timelineDirective('education');
