/**
 * A data value given per language (`title: { en: Publications, zh: 论文 }`). Validation wraps such maps in this
 * class, so the model can tell them apart from any other map and pick one language's value.
 */
export class Translated {
  constructor(readonly values: Readonly<Record<string, string>>) {}

  /** The value in `language` (tags compared case-insensitively), or undefined. */
  in(language: string): string | undefined {
    const wanted = language.toLowerCase();
    return Object.entries(this.values).find(([tag]) => tag.toLowerCase() === wanted)?.[1];
  }
}

/** Which language a model build picks translated values in, and the site's default language they fall back to. */
export interface LanguageChoice {
  language: string;
  fallback: string;
  /** The site's languages, given on the default language's build only, so each translation is checked once. */
  check?: readonly string[];
}

/** `T` with every translated value replaced by the text of one language. */
export type Localized<T> = T extends Translated ? string
  : T extends readonly (infer U)[] ? Localized<U>[]
  : T extends object ? { [K in keyof T]: Localized<T[K]> }
  : T;

/**
 * A copy of a validated record with each translated value in the chosen language, else the default language's,
 * else the first one given.
 */
export function localize<T>(value: T, choice: LanguageChoice): Localized<T> {
  return walk(value, (t) => t.in(choice.language) ?? t.in(choice.fallback) ?? Object.values(t.values)[0]) as Localized<T>;
}

/**
 * The language each of a record's own translated fields is shown in, for the fields with no text in
 * `choice.language` (they fell back, as `localize` picks): the theme marks such a passage with `lang`.
 */
export function fallbackLanguages(record: unknown, choice: LanguageChoice): Record<string, string> {
  const out: Record<string, string> = {};
  if (!record || typeof record !== 'object') return out;
  for (const [key, value] of Object.entries(record)) {
    if (!(value instanceof Translated) || value.in(choice.language) !== undefined) continue;
    out[key] = value.in(choice.fallback) !== undefined ? choice.fallback : Object.keys(value.values)[0]!;
  }
  return out;
}

/** Like `localize`, but a value with no text in `language` is left out instead of falling back. */
export function localizeStrictly<T>(value: T, language: string): Localized<T> {
  return walk(value, (t) => t.in(language)) as Localized<T>;
}

function walk(value: unknown, pick: (t: Translated) => string | undefined): unknown {
  if (value instanceof Translated) return pick(value);
  if (Array.isArray(value)) return value.map((v) => walk(v, pick));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const picked = walk(v, pick);
      if (picked !== undefined) out[k] = picked;
    }
    return out;
  }
  return value;
}

/** Every translated value in a validated record, with its path (for pointing at a language that is not listed). */
export function translationsIn(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: Translated }[] {
  if (value instanceof Translated) return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => translationsIn(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => translationsIn(v, [...path, k]));
  return [];
}
