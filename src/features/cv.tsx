import { fill } from '../i18n/fill.js';
import { renderToString } from 'preact-render-to-string';
import { buildCv } from '../model/cv.js';
import { CvDocument } from '../render/components/cv-page.js';
import { cvDirective } from '../render/directives/cv.js';
import type { Feature } from './feature.js';
import { ownPageAt } from './markdown-body.js';

/** The CV: /cv/ built from education, experience, publications, talks, teaching, honours and data/cv.yml; `::cv`. */
export const cvFeature: Feature = {
  name: 'cv',
  dataFiles: ['cv'],
  model: ({ loaded }, bag) => {
    const file = loaded.data.get('cv');
    return file ? { cv: buildCv(file, bag) } : {};
  },
  directives: [cvDirective],
  pages: (site) => {
    // Only sites with data/cv.yml get /cv/: the CV is opted into, so existing sites keep exactly their pages.
    if (!site.cv || !site.cv.page || ownPageAt(site, '/cv/')) return [];
    const source = { file: 'data/cv.yml', line: 1, col: 1 };
    return [{
      url: '/cv/', title: site.ui.messages.cv_title, source, description: fill(site.ui.messages.cv_description, { name: site.author.name }),
      bodyHtml: renderToString(<CvDocument site={site} />), search: { kind: 'Page' },
    }];
  },
};
