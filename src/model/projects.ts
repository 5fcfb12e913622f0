import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { MarkdownFile } from '../load/front-matter.js';
import type { TextOrigin } from '../load/text-origin.js';
import type { YamlFile } from '../load/yaml.js';
import { slugify } from '../render/markdown/slugify.js';
import { projectSchema } from '../validate/schemas/project.js';
import { collectRecords } from './data-records.js';
import type { Link, SourceRef } from './source-ref.js';

/** A project or portfolio item, shown as a card; one with a body also gets its own page. */
export interface Project {
  title: string;
  slug: string;
  summary?: string;
  image?: string;
  imageAlt?: string;
  url?: string;
  links: Link[];
  tags: string[];
  date?: string;
  /** Markdown of the project's own page (`body` in YAML, or the body of projects/*.md). */
  body?: string;
  /** Where the body is in its file, for the positions of mistakes found in it. */
  bodyOrigin?: TextOrigin;
  /** `/projects/<slug>/` when the project has a body. */
  pageUrl?: string;
  source: SourceRef;
}

/** data/projects.yml and projects/*.md → projects in the owner's order (YAML first, then files by name). */
export function buildProjects(yaml: YamlFile | undefined, files: readonly MarkdownFile[] | undefined, bag: DiagnosticBag): Project[] {
  const seen = new Map<string, SourceRef>();
  const projects: Project[] = [];
  for (const { record: r, source, body: fileBody, bodyOrigin } of collectRecords(projectSchema, yaml, files, bag, 'project')) {
    const fromName = source.file.startsWith('projects/') ? source.file.replace(/^projects\/|\.(md|markdown)$/g, '') : undefined;
    const slug = r.slug ?? (fromName ? slugify(fromName) : slugify(r.title));
    const earlier = seen.get(slug);
    if (earlier) {
      bag.error('duplicate-project-slug', source.file, { line: source.line, col: source.col },
        `Two projects have the slug "${slug}" (the other is at ${earlier.file}:${earlier.line}:${earlier.col}).`,
        'Give one of them a different title or a `slug:` of its own.');
      continue;
    }
    seen.set(slug, source);
    const body = fileBody ?? r.body;
    projects.push({
      title: r.title,
      slug,
      ...(r.summary ? { summary: r.summary } : {}),
      ...(r.image ? { image: r.image } : {}),
      ...(r.image_alt ? { imageAlt: r.image_alt } : {}),
      ...(r.url ? { url: r.url } : {}),
      links: (r.links ?? []).map((l) => ({ label: l.label, url: l.url, ...(l.icon ? { icon: l.icon } : {}) })),
      tags: r.tags ?? [],
      ...(r.date ? { date: r.date } : {}),
      ...(body ? { body, pageUrl: `/projects/${slug}/` } : {}),
      ...(body && bodyOrigin ? { bodyOrigin } : {}),
      source,
    });
  }
  return projects;
}
