import * as z from 'zod';
import { Translated } from '../../i18n/translated.js';
import { isLanguageTag } from '../../i18n/language-tag.js';

/** A BCP 47 language tag (`en`, `zh-Hans`, `pt-BR`); anything else is a `bad-language-tag` error at the value. */
export const languageTag = z.string().superRefine((value, ctx) => {
  if (!isLanguageTag(value)) {
    ctx.addIssue({
      code: 'custom', params: { rule: 'bad-language-tag' },
      message: `"${value}" is not a BCP 47 language tag.\nWrite a tag such as en, zh-Hans, zh-TW or pt-BR: a language code, then optional script and region.`,
    });
  }
});

/**
 * A text that may be given per language, `{ en: Publications, zh: 论文 }`; on a multilingual site each language
 * shows its own and falls back to the default language's. The model picks one (see i18n/translated.ts).
 */
export function translatable<S extends z.ZodType<string, unknown>>(text: S) {
  const perLanguage = z.record(z.string(), text).superRefine((values, ctx) => {
    for (const key of Object.keys(values)) {
      if (!isLanguageTag(key)) {
        ctx.addIssue({
          code: 'custom', path: [key], params: { rule: 'bad-language-tag', at: 'key' },
          message: `"${key}" is not a BCP 47 language tag.\nKeys of a translated value are languages listed in site.yml's languages:, e.g. en or zh.`,
        });
      }
    }
  }).transform((values) => new Translated(values));
  return z.union([text, perLanguage]).describe(`${text.description ?? 'Text'}; or one per language: { en: …, zh: … }`);
}
