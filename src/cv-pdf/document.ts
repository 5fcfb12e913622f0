import { DEFAULT_CV_ORDER, type CvData, type CvSectionId } from '../model/cv.js';
import type { Site } from '../model/types.js';
import { CV_SECTION_TITLES } from '../render/components/cv-page.js';
import type { CvDesignSource } from './designs.js';
import type { CvDate } from './document-date.js';
import { headerCall, type AuthorSources } from './sections/header.js';
import { honorsSection } from './sections/honors.js';
import { itemsSection, skillsSection } from './sections/items.js';
import { publicationsSection } from './sections/publications.js';
import { talksSection } from './sections/talks.js';
import { teachingSection } from './sections/teaching.js';
import { timelineSection } from './sections/timeline.js';
import { escapeMarkup, typstComment, typstString } from './typst-escape.js';
import { TypstText, type DataText } from './typst-text.js';

/** How the CV looks: design, paper, fonts (Typst family names, tried in order) and accent colour. */
export interface CvLook {
  design: CvDesignSource;
  paper: 'a4' | 'us-letter';
  fonts: readonly string[];
  /** `#rrggbb`. */
  accent: string;
}

/** The Typst source of a CV, every data value it prints, and which of its lines are the design's. */
export interface CvSource {
  source: string;
  texts: DataText[];
  /** 1-based line of the source where the design's first line is. */
  designLine: number;
}

const CV_YML = { file: 'data/cv.yml' };

/** Writes the whole CV as one Typst file: settings, the design, then the sections in data/cv.yml's order. */
export function cvTypstSource(site: Site, look: CvLook, date: CvDate | undefined, authorAt: AuthorSources): CvSource {
  const t = new TypstText(site.config.url);
  const cv: CvData = site.cv ?? { page: true, order: [...DEFAULT_CV_ORDER], skills: [], service: [], sections: [] };
  const a = site.author;
  const cvTitle = site.ui.messages.cv_title;
  const keywords = [cvTitle.toLowerCase(), ...a.interests];
  const lines = [
    typstComment(`Curriculum vitae of ${a.name}, written by Vita from the site's data.`),
    '// Edit it freely for a final version; `typst compile cv.typ` makes the PDF.',
    `#let cv-accent = rgb(${typstString(look.accent)})`,
    `#let cv-owner = [${escapeMarkup(a.name)}]`,
    `#let cv-paper = ${typstString(look.paper)}`,
    `#let cv-fonts = (${look.fonts.map(typstString).join(', ')},)`,
    `#set document(title: ${typstString(`${cvTitle} — ${a.name}`)}, author: ${typstString(a.name)}, ` +
      `keywords: (${keywords.map(typstString).join(', ')},), ` +
      `date: ${date ? `datetime(year: ${date.year}, month: ${date.month}, day: ${date.day})` : 'none'})`,
    `#set text(lang: ${typstString(site.config.language.split('-')[0]!.toLowerCase())})`,
    '',
    typstComment(`---- design: ${look.design.name} ----`),
  ];
  const designLine = lines.length + 1;
  lines.push(look.design.source.trimEnd(), '', '// ---- content ----', headerCall(site, cv, t, authorAt));
  for (const id of cv.order) lines.push(...section(id, site, cv, t));
  return { source: lines.join('\n') + '\n', texts: t.texts, designLine };
}

function section(id: CvSectionId, site: Site, cv: CvData, t: TypstText): string[] {
  const wrap = (title: string, body: string) => (body ? [`#cv-section[${title}][\n${body}\n]`] : []);
  const title = escapeMarkup(site.ui.messages[CV_SECTION_TITLES[id]]);
  switch (id) {
    case 'education': return wrap(title, timelineSection(site.education, t, site.ui));
    case 'experience': return wrap(title, timelineSection(site.experience, t, site.ui));
    case 'publications': return wrap(title, publicationsSection(site, t));
    case 'talks': return wrap(title, talksSection(site.talks ?? [], t, site.ui));
    case 'teaching': return wrap(title, teachingSection(site.teaching ?? [], t));
    case 'honors': return wrap(title, honorsSection(site.honors, t));
    case 'skills': return wrap(title, skillsSection(cv.skills, CV_YML, t));
    case 'service': return wrap(title, itemsSection(cv.service, CV_YML, t, site.ui));
    case 'other': return cv.sections.flatMap((s) => wrap(t.plain(s.title, CV_YML), itemsSection(s.items, CV_YML, t, site.ui)));
  }
}
