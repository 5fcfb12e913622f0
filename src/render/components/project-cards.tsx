import type { UiText } from '../../i18n/ui-text.js';
import type { Link } from '../../model/types.js';
import type { Project } from '../../model/projects.js';
import { renderInlineMarkdown } from './inline-markdown.js';
import { ItemLinks } from './entry-links.js';
import { OverrideItem, type DrawnItems } from './override-item.js';
import { withBase } from './site-url.js';

/** The link to a project's own website, labelled with the theme's word. */
export function websiteLink(url: string): Link {
  return { label: 'Website', text: 'link_website', url, icon: 'globe' };
}

// Card images are cropped to one shape by the CSS (object-fit), so a fixed box keeps the layout
// stable without reading image files during render.
const IMAGE_WIDTH = 640;
const IMAGE_HEIGHT = 360;

function Card({ project, basePath, level, ui }: { project: Project; basePath: string; level: 2 | 3; ui: UiText }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const target = project.pageUrl ?? project.url;
  return (
    <li class="project-card">
      {project.image && (
        <img class="project-card__image" src={withBase(basePath, project.image)} alt={project.imageAlt ?? ''}
          width={IMAGE_WIDTH} height={IMAGE_HEIGHT} loading="lazy" decoding="async" />
      )}
      <div class="project-card__body">
        <Heading class="project-card__title">{target ? <a href={withBase(basePath, target)}>{project.title}</a> : project.title}</Heading>
        {project.summary && <p class="project-card__summary" dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(project.summary) }} />}
        {project.tags.length > 0 && (
          <ul class="project-card__tags">{project.tags.map((t) => <li class="badge badge--tag">{t}</li>)}</ul>
        )}
        <ItemLinks links={[...(project.pageUrl && project.url ? [websiteLink(project.url)] : []), ...project.links]}
          basePath={basePath} ui={ui} />
      </div>
    </li>
  );
}

/**
 * Projects as a responsive grid of cards: image, title (linked to its page or site), summary, tags, links.
 * `drawn` holds the owner's own drawing of each card (theme.components.project_card), used instead of Vita's.
 */
export function ProjectCards({ projects, basePath, ui, level = 3, limit, drawn }: {
  projects: readonly Project[];
  basePath: string;
  ui: UiText;
  level?: 2 | 3;
  limit?: number;
  drawn?: DrawnItems<Project>;
}) {
  const shown = limit === undefined ? projects : projects.slice(0, limit);
  if (shown.length === 0) return null;
  return <ul class="project-grid">{shown.map((p) => {
    const own = drawn?.get(p);
    return own !== undefined ? <OverrideItem block="project-card" html={own} />
      : <Card project={p} basePath={basePath} level={level} ui={ui} />;
  })}</ul>;
}
