import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { FEATURES } from '../features/index.js';
import { loadBibtexParser } from '../lazy-modules.js';
import { loadSite } from '../load/load-site.js';
import { buildSite } from '../model/build-site.js';
import type { Site } from '../model/types.js';
import { primeTitleTexts } from '../render/publications/title-html.js';

/**
 * The first steps of a build (load, validate, model) and nothing else: `vita cv` needs the model, not the pages.
 * Every draft and future-dated entry is left out, as in a build.
 */
export async function loadSiteModel(root: string, bag: DiagnosticBag): Promise<Site | undefined> {
  const loaded = loadSite(root, bag, FEATURES.flatMap((f) => f.contentFolders ?? []));
  if (loaded.bibtex?.needsFullParser) await loadBibtexParser();
  const site = buildSite(loaded, bag, { drafts: false }, FEATURES);
  if (!site || bag.hasErrors) return undefined;
  // Titles with math print as Unicode text (`$\alpha$` → α), which the full BibTeX parser converts.
  if (site.publications.some((p) => p.title.includes('$'))) {
    await loadBibtexParser();
    primeTitleTexts(site.publications.map((p) => p.title));
  }
  return site;
}
