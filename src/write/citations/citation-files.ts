import { publicationSlug } from '../../model/publications/slug.js';
import type { Site } from '../../model/types.js';
import { toCslJson } from './csl-json.js';
import { toRis } from './ris.js';

/**
 * `<key>.bib`, `<key>.ris` and `<key>.json` (CSL-JSON) beside each paper's page, paths relative to the output
 * folder, made one paper at a time as the build asks for them: a build writes each file before the next is made,
 * so 30,000 of them are never held at once.
 */
export function* citationFiles(site: Site): Generator<{ path: string; content: string }> {
  for (const p of site.publications) {
    const base = citationBase(p.key);
    yield { path: `${base}.bib`, content: (p.bibtex ?? '') + '\n' };
    yield { path: `${base}.ris`, content: toRis(p) };
    yield { path: `${base}.json`, content: toCslJson(p) };
  }
}

/** The paths citationFiles makes, without making the files. */
export function* citationPaths(site: Site): Generator<string> {
  for (const p of site.publications) {
    const base = citationBase(p.key);
    yield `${base}.bib`;
    yield `${base}.ris`;
    yield `${base}.json`;
  }
}

function citationBase(key: string): string {
  return `publications/${publicationSlug(key)}/${publicationSlug(key)}`;
}
