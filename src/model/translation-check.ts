import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { translationsIn } from '../i18n/translated.js';
import { positionOf, type PathSegment, type YamlFile } from '../load/yaml.js';

/** Reports each translated value's language that site.yml's `languages:` does not list, at its key. */
export function checkTranslations(file: YamlFile, record: unknown, listed: readonly string[], bag: DiagnosticBag, base: PathSegment[] = []): void {
  const known = new Set(listed.map((tag) => tag.toLowerCase()));
  for (const { path, value } of translationsIn(record, base)) {
    for (const tag of Object.keys(value.values)) {
      if (known.has(tag.toLowerCase())) continue;
      bag.error('unlisted-language', file.source.file, positionOf(file, [...path, tag], 'key'),
        `This text is given in "${tag}", which is not one of the site's languages (${listed.join(', ')}).`,
        `List it under languages: in site.yml, or remove this translation.`);
    }
  }
}
