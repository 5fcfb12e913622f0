import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Brand icons we inline, mapped to their simple-icons slugs. */
const SLUGS = {
  scholar: 'googlescholar',
  orcid: 'orcid',
  github: 'github',
  gitlab: 'gitlab',
  arxiv: 'arxiv',
  semantic_scholar: 'semanticscholar',
  dblp: 'dblp',
  researchgate: 'researchgate',
  x: 'x',
  bluesky: 'bluesky',
  mastodon: 'mastodon',
  youtube: 'youtube',
  huggingface: 'huggingface',
  zhihu: 'zhihu',
  wechat: 'wechat',
} as const;

export type BrandIconName = keyof typeof SLUGS;

const require = createRequire(import.meta.url);
const cache = new Map<BrandIconName, string>();

/** True when `name` is a brand icon taken from simple-icons. */
export function isBrandIcon(name: string): name is BrandIconName {
  return Object.hasOwn(SLUGS, name);
}

/**
 * The single path of a simple-icons brand glyph (24×24 viewBox).
 * Read from that icon's own SVG file on first use: importing the package index would load all ~3,500 icons.
 */
export function brandIconPath(name: BrandIconName): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const file = require.resolve(`simple-icons/icons/${SLUGS[name]}.svg`);
  const match = /<path d="([^"]+)"/.exec(readFileSync(file, 'utf8'));
  if (!match?.[1]) throw new Error(`simple-icons/${SLUGS[name]}.svg has no single path`);
  cache.set(name, match[1]);
  return match[1];
}
