import type { Locale } from '../messages.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { pt } from './pt.js';
import { zhHans } from './zh-hans.js';
import { zhHant } from './zh-hant.js';

/** Every UI locale Vita ships, English first. */
export const LOCALES: readonly Locale[] = [en, zhHans, zhHant, ja, ko, de, fr, es, pt, it];

export { en as ENGLISH };

// Chinese is the one language here written in two scripts; a region implies the script people there read.
const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * The shipped locale for a BCP 47 tag: `zh`, `zh-CN`, `zh-Hans-SG` → Simplified Chinese; `zh-TW`, `zh-Hant`
 * → Traditional; otherwise by language alone (`de-AT` → German, `pt-BR` → Portuguese). Undefined when none fits.
 */
export function localeFor(tag: string): Locale | undefined {
  const [language, ...rest] = tag.toLowerCase().split('-');
  if (language === 'zh') {
    const traditional = rest.includes('hant') || (!rest.includes('hans') && rest.some((s) => TRADITIONAL_REGIONS.has(s)));
    return traditional ? zhHant : zhHans;
  }
  return LOCALES.find((l) => l.tag === language);
}
