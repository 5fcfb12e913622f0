import { renderToString } from 'preact-render-to-string';
import { ProjectCards } from '../components/project-cards.js';
import type { DirectiveSpec } from './spec.js';
import { drawnOf } from '../overrides/prepare-overrides.js';

/** `::projects{limit=N tag=…}`: project cards. */
export const projectsDirective: DirectiveSpec = {
  name: 'projects',
  summary: 'project cards from data/projects.yml or projects/',
  options: { limit: 'integer', tag: 'text' },
  render: (site, options) => {
    const tag = options.tag as string | undefined;
    const projects = (site.projects ?? []).filter((p) => tag === undefined || p.tags.includes(tag));
    const limit = options.limit as number | undefined;
    return renderToString(<ProjectCards projects={projects} ui={site.ui} basePath={site.config.basePath}
      drawn={drawnOf(site, 'project_card')} {...(limit !== undefined ? { limit } : {})} />);
  },
};
