import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { MarkdownFile } from '../load/front-matter.js';
import type { YamlFile } from '../load/yaml.js';
import { talkSchema, type TALK_TYPES } from '../validate/schemas/talk.js';
import { collectRecords, newestFirst } from './data-records.js';
import type { Link, SourceRef } from './source-ref.js';

export type TalkType = (typeof TALK_TYPES)[number];

/** A talk, keynote or poster. */
export interface Talk {
  title: string;
  event?: string;
  type?: TalkType;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; an undated talk (an imported one may be) is listed last. */
  date?: string;
  location?: string;
  /** The event's page. */
  url?: string;
  /** Slides, video and other links, in that order. */
  links: Link[];
  /** Markdown (YAML `description` or the body of talks/*.md); rendered without raw HTML. */
  description?: string;
  source: SourceRef;
}

/** data/talks.yml and talks/*.md → talks, newest first (undated ones last, in file order). */
export function buildTalks(yaml: YamlFile | undefined, files: readonly MarkdownFile[] | undefined, bag: DiagnosticBag): Talk[] {
  const talks = collectRecords(talkSchema, yaml, files, bag, 'talk').map(({ record: r, source, body }): Talk => {
    const links: Link[] = [
      ...(r.slides ? [{ label: 'Slides', text: 'link_slides' as const, url: r.slides, icon: 'pdf' }] : []),
      ...(r.video ? [{ label: 'Video', text: 'link_video' as const, url: r.video, icon: 'youtube' }] : []),
      ...(r.links ?? []).map((l) => ({ label: l.label, url: l.url, ...(l.icon ? { icon: l.icon } : {}) })),
    ];
    const description = body ?? r.description;
    return {
      title: r.title,
      ...(r.event ? { event: r.event } : {}),
      ...(r.type ? { type: r.type } : {}),
      ...(r.date ? { date: r.date } : {}),
      ...(r.location ? { location: r.location } : {}),
      ...(r.url ? { url: r.url } : {}),
      links,
      ...(description ? { description } : {}),
      source,
    };
  });
  return newestFirst(talks, (t) => t.date);
}
