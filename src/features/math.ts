import type { Site } from '../model/types.js';
import { katexAssets, mayContainMath } from '../render/math/katex-assets.js';
import type { Feature } from './feature.js';

function markdownSources(site: Site): string[] {
  return [...site.pages.map((p) => p.body), ...(site.posts ?? []).map((p) => p.body), ...(site.projects ?? []).flatMap((p) => (p.body ? [p.body] : []))];
}

/** KaTeX's stylesheet and fonts, written only for sites whose Markdown holds math (the formulas themselves render in Markdown). */
export const mathFeature: Feature = {
  name: 'math',
  files: (site) => (markdownSources(site).some(mayContainMath) ? katexAssets().files : []),
  outputPaths: (site) => (markdownSources(site).some(mayContainMath) ? katexAssets().files.map((f) => f.path) : []),
};
