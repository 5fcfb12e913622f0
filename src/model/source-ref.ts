import type { MessageKey } from '../i18n/messages.js';

// The two value types every kind of content shares; kept apart from types.ts so the kinds' files need not import
// the Site model that imports them.

/** Where a value came from, for messages that point back at the user's files. */
export interface SourceRef {
  /** Path relative to the site root, `/`-separated. */
  file: string;
  line: number;
  col: number;
}

/** A link with a free label (`Code & Ckpt`); `url` is already checked (http(s), mailto or site-relative). */
export interface Link {
  label: string;
  /** When the label is one of the theme's words (`Code`, `Slides`): its key, so it is printed in the site's language. */
  text?: MessageKey;
  url: string;
  /** Icon name from the icon set (e.g. `github`, `arxiv`, `pdf`), when known. */
  icon?: string;
}
