import { localeFor } from '../i18n/locales/index.js';
import type { MessageKey } from '../i18n/messages.js';
import { isRecord, str } from './config.js';
import type { Report } from './report.js';

// academicpages' _data/ui-text.yml keys that name a word Vita's theme also prints, with the template's English.
const MAPPED: ReadonlyArray<{ from: string; to: MessageKey; stock: string }> = [
  { from: 'toc_label', to: 'on_this_page', stock: 'On This Page' },
  { from: 'pagination_previous', to: 'older_post', stock: 'Previous' },
  { from: 'pagination_next', to: 'newer_post', stock: 'Next' },
  { from: 'tags_label', to: 'tags', stock: 'Tags:' },
  { from: 'website_label', to: 'link_website', stock: 'Website' },
];

/**
 * `_data/ui-text.yml` → site.yml's `ui_text`: the block of the site's locale (or its language, else `en`). In a
 * language Vita has words for, only what the owner changed from the template's English is carried (the rest are
 * the template's stock words, and Vita's own translation is used); in any other language every mapped word is.
 */
export function mapUiText(uiText: unknown, language: string, report: Report): Partial<Record<MessageKey, string>> {
  if (!isRecord(uiText)) return {};
  const block = [language, language.split('-')[0]!, 'en'].map((k) => uiText[k]).find(isRecord);
  if (!block) return {};
  const shipped = localeFor(language) !== undefined;
  const english = localeFor(language)?.tag === 'en';
  const out: Partial<Record<MessageKey, string>> = {};
  for (const { from, to, stock } of MAPPED) {
    const value = str(block[from])?.trim().replace(/\s*:$/, '');
    if (!value || (shipped && (!english || value === stock.replace(/:$/, '')))) continue;
    out[to] = value;
    report.add('converted', `ui-text "${from}: ${value}" became ui_text.${to}`, '_data/ui-text.yml');
  }
  return out;
}
