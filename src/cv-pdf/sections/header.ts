import type { CvData } from '../../model/cv.js';
import type { CvAuthorField } from '../../model/cv-pdf-settings.js';
import type { Site, SourceRef } from '../../model/types.js';
import type { TypstText } from '../typst-text.js';

/** Where the owner's fields are written in site.yml, for messages about them. */
export type AuthorSources = (key: CvAuthorField) => SourceRef;

/** The `#cv-header(…)` call: name, native name, position and employer, contacts with links, summary. */
export function headerCall(site: Site, cv: CvData, t: TypstText, at: AuthorSources): string {
  const a = site.author;
  const role = [
    a.position && t.plain(a.position, at('position')),
    a.employer && t.link(a.employer.url, t.plain(a.employer.name, at('employer'))),
  ].filter(Boolean).join(', ');
  const home = site.config.url + '/';
  const contacts = [
    ...(a.location ? [t.plain(a.location, at('location'))] : []),
    ...a.emails.map((e) => t.link(`mailto:${e}`, t.plain(e, at('email')))),
    t.link(home, t.plain(home.replace(/^https?:\/\//, '').replace(/\/$/, ''), { file: 'site.yml' })),
    // The CV link would point at this very file; a personal website is the homepage above.
    ...a.links.filter((l) => l.kind !== 'cv' && l.kind !== 'website').map((l) => t.link(l.url, t.plain(l.label, at('links')))),
  ];
  const args = [
    `name: [${t.plain(a.name, at('name'))}]`,
    ...(a.nativeName ? [`native: [${t.plain(a.nativeName, at('native_name'))}]`] : []),
    ...(role ? [`role: [${role}]`] : []),
    `contacts: (${contacts.map((c) => `[${c}]`).join(', ')},)`,
    ...(cv.summary ? [`summary: [${t.markdown(cv.summary, { file: 'data/cv.yml' })}]`] : []),
  ];
  return `#cv-header(\n  ${args.join(',\n  ')},\n)`;
}
