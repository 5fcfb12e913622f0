/**
 * academicpages draws `class="btn btn--info"` links as coloured buttons, and pages that write them often set
 * the text white. Vita has no button classes, so such a link would show white text on a white page. When
 * imported pages keep such HTML, a stylesheet of Vita's own gives those classes the accent as background.
 */
import type { Report } from './report.js';
import type { OutputEntry } from './writer.js';

/** Where the button stylesheet is written in the new site. */
export const BUTTONS_CSS = 'theme/academicpages-buttons.css';

// The text is forced to the surface colour: the accent passes WCAG AA against it in light and dark mode,
// whatever colour the old page wrote inline.
const CSS = `/* Buttons written with academicpages' classes (btn, btn--primary …), kept by vita import: the accent as
   background and the page's surface colour as text, so that text an old page set to white stays readable. */
.btn, [class*="btn--"] {
  display: inline-block;
  padding: 0.3em 0.9em;
  border: 0;
  border-radius: var(--radius, 6px);
  background: var(--accent);
  color: var(--surface) !important;
  font-weight: 600;
  text-decoration: none;
}
.btn:hover, .btn:focus-visible, [class*="btn--"]:hover, [class*="btn--"]:focus-visible {
  background: var(--accent-hover);
}
`;

const BUTTON_CLASS = /<(a|button|input)\b[^>]*\bclass\s*=\s*["'][^"']*(?:\bbtn\b|\bbtn--)[^"']*["']/gi;

/** The stylesheet entry when any page keeps academicpages button HTML, with a report line per page. */
export function buttonStyles(pages: ReadonlyArray<{ source: string; body: string }>, report: Report):
  OutputEntry | undefined {
  let used = false;
  for (const page of pages) {
    const count = [...page.body.matchAll(BUTTON_CLASS)].length;
    if (!count) continue;
    used = true;
    const what = `${count} button(s) written with academicpages' btn classes`;
    report.add('converted', `${what} → styled by ${BUTTONS_CSS} (accent background, readable text)`, page.source);
  }
  return used ? { path: BUTTONS_CSS, text: CSS } : undefined;
}
