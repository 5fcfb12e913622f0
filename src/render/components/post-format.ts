import { fill } from '../../i18n/fill.js';
import type { UiText } from '../../i18n/ui-text.js';
import { slugify } from '../markdown/slugify.js';

/** `1 min read`, `7 min read`, `阅读约 7 分钟`. */
export function readingTimeLabel(minutes: number, ui: UiText): string {
  return fill(ui.messages.reading_time, { minutes });
}

/** Site-relative URL of a tag's page. */
export function tagUrl(tag: string): string {
  return `/posts/tags/${slugify(tag)}/`;
}
