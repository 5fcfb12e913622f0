import { publicationSlug } from '../../model/publications/slug.js';
import type { Site } from '../../model/types.js';
import { toCslJson } from './csl-json.js';
import { toRis } from './ris.js';

/**
 * `<key>.bib`, `<key>.ris` and `<key>.json` (CSL-JSON) beside each paper's page, paths relative to the output
 * folder. Contents are UTF-8 bytes: 30,000 small files held as bytes outside the JS heap cost the garbage
 * collector nothing until they are written.
 */
export function citationFiles(site: Site): { path: string; content: Uint8Array }[] {
  const out: { path: string; content: Uint8Array }[] = [];
  for (const p of site.publications) {
    const base = `publications/${publicationSlug(p.key)}/${publicationSlug(p.key)}`;
    out.push({ path: `${base}.bib`, content: Buffer.from((p.bibtex ?? '') + '\n') });
    out.push({ path: `${base}.ris`, content: Buffer.from(toRis(p)) });
    out.push({ path: `${base}.json`, content: Buffer.from(toCslJson(p)) });
  }
  return out;
}
