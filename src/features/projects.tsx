import { websiteLink } from '../render/components/project-cards.js';
import { fill } from '../i18n/fill.js';
import { renderToString } from 'preact-render-to-string';
import { buildProjects } from '../model/projects.js';
import { ItemLinks } from '../render/components/entry-links.js';
import { ProjectCards } from '../render/components/project-cards.js';
import { projectsDirective } from '../render/directives/projects.js';
import type { Feature, GeneratedPage } from './feature.js';
import type { FoundLink } from '../render/markdown/markdown-env.js';
import { ownPageAt, renderMarkdownBody } from './markdown-body.js';
import { drawnOf } from '../render/overrides/prepare-overrides.js';

/** Projects from data/projects.yml and projects/*.md: /projects/ as cards, a page per project with a body, and `::projects`. */
export const projectsFeature: Feature = {
  name: 'projects',
  dataFiles: ['projects'],
  contentFolders: ['projects'],
  model: ({ loaded }, bag) => ({ projects: buildProjects(loaded.data.get('projects'), loaded.collections.get('projects'), bag) }),
  directives: [projectsDirective],
  pages: (site, bag, context) => {
    const projects = site.projects ?? [];
    if (projects.length === 0) return [];
    const basePath = site.config.basePath;
    const pages: GeneratedPage[] = ownPageAt(site, '/projects/') ? [] : [{
      url: '/projects/', title: site.ui.messages.projects, source: projects[0]!.source, description: fill(site.ui.messages.projects_by, { name: site.author.name }),
      bodyHtml: renderToString(
        <ProjectCards projects={projects} basePath={basePath} ui={site.ui} level={2}
          drawn={drawnOf(site, 'project_card')} />),
    }];
    for (const p of projects) {
      if (!p.pageUrl || !p.body) continue;
      const bodyLinks: FoundLink[] = [];
      const origin = p.bodyOrigin ? { origin: p.bodyOrigin } : {};
      const doc = { url: p.pageUrl, file: p.source.file, body: p.body, bodyLine: p.source.line, ...origin };
      const html = renderMarkdownBody(site, doc, bag, context, bodyLinks);
      const links = [...(p.url ? [websiteLink(p.url)] : []), ...p.links];
      pages.push({
        url: p.pageUrl, title: p.title, source: p.source, ...(p.summary ? { description: p.summary } : {}), ...(p.date ? { date: p.date } : {}),
        bodyHtml: renderToString(<ItemLinks links={links} basePath={basePath} ui={site.ui} />) + html,
        links: bodyLinks,
        search: { kind: 'Project', ...(p.date ? { date: p.date } : {}) },
      });
    }
    return pages;
  },
};
