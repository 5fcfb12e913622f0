import type { DateWords, Messages } from './messages.js';

/** The words a site's pages are printed with: a shipped locale with the site's own `ui_text` replacements. */
export interface UiText {
  /** BCP 47 tag of the locale the words come from, e.g. `zh-Hans`. */
  locale: string;
  messages: Messages;
  dates: DateWords;
}
