import { renderToString } from 'preact-render-to-string';
import { CvDocument } from '../components/cv-page.js';
import type { DirectiveSpec } from './spec.js';

/** `::cv`: the whole CV (contact block and every section with entries), for a page of the owner's own. */
export const cvDirective: DirectiveSpec = {
  name: 'cv',
  summary: 'the CV built from the site\'s data and data/cv.yml',
  options: {},
  render: (site) => renderToString(<CvDocument site={site} />),
};
