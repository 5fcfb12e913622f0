import { publicationSlug } from '../../model/publications/slug.js';
import type { Site } from '../../model/types.js';
import { toCslJson } from './csl-json.js';
import { toRis } from './ris.js';

/** `<key>.bib`, `<key>.ris` and `<key>.json` (CSL-JSON) beside each paper's page, paths relative to the output folder. */
export function citationFiles(site: Site): { path: string; content: string }[] {
  const out: { path: string; content: string }[] = [];
  for (const p of site.publications) {
    const base = `publications/${publicationSlug(p.key)}/${publicationSlug(p.key)}`;
    out.push({ path: `${base}.bib`, content: (p.bibtex ?? '') + '\n' });
    out.push({ path: `${base}.ris`, content: toRis(p) });
    out.push({ path: `${base}.json`, content: toCslJson(p) });
  }
  return out;
}
