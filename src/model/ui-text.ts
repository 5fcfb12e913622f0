import { ENGLISH, localeFor } from '../i18n/locales/index.js';
import type { Messages } from '../i18n/messages.js';
import type { UiText } from '../i18n/ui-text.js';

/**
 * The words of a site in `language`: the shipped locale that fits the tag (English when none does),
 * with the site's `ui_text` replacements on top. `shipped` tells whether a locale fitted.
 */
export function buildUiText(language: string, overrides: Partial<Messages> = {}): { ui: UiText; shipped: boolean } {
  const locale = localeFor(language);
  const base = locale ?? ENGLISH;
  const replaced = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return { ui: { locale: base.tag, messages: { ...base.messages, ...replaced }, dates: base.dates }, shipped: locale !== undefined };
}
