import * as z from 'zod';
import { ENGLISH } from '../../i18n/locales/index.js';
import type { MessageKey } from '../../i18n/messages.js';
import { translatable } from './translatable.js';

const KEYS = Object.keys(ENGLISH.messages) as MessageKey[];

/**
 * site.yml `ui_text:`: the site's own wording for single UI strings, by key (`earlier_news: Older news`).
 * Strict, so a key the theme does not have is an error at its line with a "did you mean".
 */
export const uiTextSchema = z.strictObject(
  Object.fromEntries(KEYS.map((key) => [key, translatable(z.string().describe(`Replaces "${ENGLISH.messages[key]}" (in English)`)).optional()])) as
    Record<MessageKey, z.ZodOptional<ReturnType<typeof translatable<z.ZodString>>>>,
).describe('Replacements for single words of the theme, by key; see docs/i18n.md');
