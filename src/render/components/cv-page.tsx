import type { MessageKey } from '../../i18n/messages.js';
import type { CvData, CvSectionId } from '../../model/cv.js';
import type { Publication, Site } from '../../model/types.js';
import { CvHonors, CvItems, CvPublications, CvTalks, CvTeaching, CvTimeline } from './cv-entries.js';
import { emailLinkHtml } from './email-link.js';
import { renderInlineMarkdown } from './inline-markdown.js';
import { isExternal, withBase } from './site-url.js';

/** The heading of each CV section, on the page and in the PDF: the UI word of the same name. */
export const CV_SECTION_TITLES: Record<CvSectionId, MessageKey> = {
  education: 'education', experience: 'experience', publications: 'publications', talks: 'talks', teaching: 'teaching',
  honors: 'honors', skills: 'skills', service: 'service', other: 'other',
};

/** Newest first, then by title: the CV lists every paper, not the owner's selection. */
function byYear(pubs: readonly Publication[]): Publication[] {
  return [...pubs].sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}

function Section({ id, site, cv }: { id: CvSectionId; site: Site; cv: CvData }) {
  const { basePath } = site.config;
  const ui = site.ui;
  const body = (() => {
    switch (id) {
      case 'education': return site.education.length ? <CvTimeline entries={site.education} basePath={basePath} ui={ui} /> : null;
      case 'experience': return site.experience.length ? <CvTimeline entries={site.experience} basePath={basePath} ui={ui} /> : null;
      case 'publications': return site.publications.length ? <CvPublications pubs={byYear(site.publications)} ui={ui} /> : null;
      case 'talks': return site.talks?.length ? <CvTalks talks={site.talks} ui={ui} /> : null;
      case 'teaching': return site.teaching?.length ? <CvTeaching entries={site.teaching} /> : null;
      case 'honors': return site.honors.length ? <CvHonors honors={site.honors} /> : null;
      case 'skills': return cv.skills.length ? (
        <dl class="cv-skills">
          {cv.skills.map((s) => <div class="cv-skills__row"><dt>{s.category}</dt><dd>{s.items.join(', ')}</dd></div>)}
        </dl>
      ) : null;
      case 'service': return cv.service.length ? <CvItems items={cv.service} basePath={basePath} ui={ui} /> : null;
      case 'other': return null; // each of data/cv.yml's sections is a section of its own, below
    }
  })();
  if (id === 'other') {
    return (
      <>
        {cv.sections.map((s, i) => (
          <section class="cv-section" aria-labelledby={`cv-other-${i + 1}`}>
            <h2 class="cv-section__title" id={`cv-other-${i + 1}`}>{s.title}</h2>
            <CvItems items={s.items} basePath={basePath} ui={ui} />
          </section>
        ))}
      </>
    );
  }
  if (!body) return null;
  return (
    <section class="cv-section" aria-labelledby={`cv-${id}`}>
      <h2 class="cv-section__title" id={`cv-${id}`}>{ui.messages[CV_SECTION_TITLES[id]]}</h2>
      {body}
    </section>
  );
}

/** The owner's contact block at the top of the CV. */
function CvHeader({ site, cv }: { site: Site; cv: CvData }) {
  const a = site.author;
  const home = site.config.url + '/'; // config.url already ends with the base path
  const employer = a.employer ? a.employer.name : undefined;
  return (
    <header class="cv-header">
      <p class="cv-header__name">{a.name}{a.nativeName && <span class="cv-header__native"> {a.nativeName}</span>}</p>
      {(a.position || employer) && <p class="cv-header__role">{[a.position, employer].filter(Boolean).join(', ')}</p>}
      <ul class="cv-header__contact">
        {a.location && <li>{a.location}</li>}
        {a.emails.map((e) => <li dangerouslySetInnerHTML={{ __html: emailLinkHtml(e) }} />)}
        <li><a href={home}>{home.replace(/^https?:\/\//, '').replace(/\/$/, '')}</a></li>
        {a.links.filter((l) => isExternal(l.url) && l.kind !== 'website').map((l) => (
          <li><a href={withBase(site.config.basePath, l.url)}>{l.label}</a></li>
        ))}
      </ul>
      {cv.summary && <p class="cv-header__summary" dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(cv.summary) }} />}
    </header>
  );
}

/** The whole CV, from the site's data, in the order of data/cv.yml's `order`; sections without entries are left out. */
export function CvDocument({ site }: { site: Site }) {
  const cv = site.cv ?? { page: true, order: Object.keys(CV_SECTION_TITLES) as CvSectionId[], skills: [], service: [], sections: [] };
  return (
    <div class="cv">
      <CvHeader site={site} cv={cv} />
      {cv.order.map((id) => <Section id={id} site={site} cv={cv} />)}
    </div>
  );
}
