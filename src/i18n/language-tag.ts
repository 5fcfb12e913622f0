import { localeFor } from './locales/index.js';

// BCP 47 (RFC 5646) well-formedness, grandfathered tags aside: language[-extlang][-script][-region]
// (-variant)*(-extension)*[-x-private]. Checked part by part so the message can stay short.
const LANGUAGE_TAG = new RegExp(
  '^(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})' + // language, with up to three extlangs
  '(?:-[a-z]{4})?' + // script: Hans, Latn
  '(?:-(?:[a-z]{2}|\\d{3}))?' + // region: CN, 419
  '(?:-(?:[a-z\\d]{5,8}|\\d[a-z\\d]{3}))*' + // variants
  '(?:-[\\da-wyz](?:-[a-z\\d]{2,8})+)*' + // extensions
  '(?:-x(?:-[a-z\\d]{1,8})+)?$', // private use
  'i',
);

/** True when `tag` is a well-formed BCP 47 language tag such as `en`, `zh-Hans` or `pt-BR`. */
export function isLanguageTag(tag: string): boolean {
  return LANGUAGE_TAG.test(tag) || /^x(?:-[a-z\d]{1,8})+$/i.test(tag);
}

/** The folder a language's pages live under and are served from: `zh-Hans` → `zh-hans`. */
export function languageFolder(tag: string): string {
  return tag.toLowerCase();
}

/** The language's name in itself for the switcher (`中文（简体）`); the tag itself for a language Vita has no words for. */
export function languageName(tag: string): string {
  return localeFor(tag)?.name ?? tag;
}

// ICU's list of language names answers "is this file-name part a language?": `about.fr.md` is French, `notes.old.md`
// is not. Only two-letter codes count (three-letter ones such as `new` or `min` are too often plain words), and only
// parts that are not a listed language are asked about, to report a page in an unlisted one. Made on first use:
// an Intl object made while Vita's start-up snapshot is taken cannot be stored in it (src/start/).
let names: Intl.DisplayNames | undefined;

/** True when `part` (a file name's last dot part) names a language, listed or not. */
export function namesALanguage(part: string): boolean {
  if (!/^[a-z]{2}(-[a-z0-9]{2,8})*$/i.test(part)) return false;
  try {
    return (names ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' })).of(part) !== undefined;
  } catch {
    return false;
  }
}
