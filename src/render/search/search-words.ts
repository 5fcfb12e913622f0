import type { UiText } from '../../i18n/ui-text.js';
import { ENGLISH } from '../../i18n/locales/index.js';
import type { MessageKey } from '../../i18n/messages.js';

const KEYS: readonly MessageKey[] = [
  'search', 'search_title', 'search_placeholder', 'search_close', 'search_kind', 'search_year', 'search_all_kinds',
  'search_all_years', 'search_results', 'search_keys', 'search_no_results', 'search_no_results_for', 'search_one_result',
  'search_result_count', 'search_first_results', 'search_kind_paper', 'search_kind_post', 'search_kind_talk',
  'search_kind_project', 'search_kind_page',
];

/**
 * The words of the search dialog in the site's language, for the script that draws it (search-dialog.js reads
 * them from the search button's `data-search-words`), by message key, with the short month names and date
 * patterns. Undefined for English words: the script has them (as with the copy button's words).
 */
export function searchWords(ui: UiText): string | undefined {
  const words = wordsOf(ui);
  return words === ENGLISH_WORDS ? undefined : words;
}

function wordsOf(ui: UiText): string {
  const { short_months, short_month_year, day_month_year } = ui.dates;
  return JSON.stringify({ ...Object.fromEntries(KEYS.map((key) => [key, ui.messages[key]])), short_months, short_month_year, day_month_year });
}

const ENGLISH_WORDS = wordsOf({ locale: ENGLISH.tag, messages: ENGLISH.messages, dates: ENGLISH.dates });
