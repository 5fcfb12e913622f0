import { createHash } from 'node:crypto';
import type { Site } from '../model/types.js';
import type { ThemeAssets } from './head/document-head.js';
import type { OutputFile } from '../write/output-file.js';
import { minifyCss } from './minify-css.js';
import { themeBytes, themeText } from './theme-dir.js';
import { siteStylesheet } from './theme/site-stylesheet.js';

/**
 * The theme's CSS and JS as output files named by content hash, so browsers may cache them forever; plus the
 * site's own stylesheet (theme settings and the owner's CSS) when it has one.
 */
export function themeAssets(site?: Site): { assets: ThemeAssets; files: OutputFile[] } {
  const css = Buffer.from(themeCss());
  const js = themeBytes('vita.js');
  const cssPath = `assets/vita.${hash(css)}.css`;
  const jsPath = `assets/vita.${hash(js)}.js`;
  const assets: ThemeAssets = { css: '/' + cssPath, js: '/' + jsPath };
  const files: OutputFile[] = [{ path: cssPath, content: css }, { path: jsPath, content: js }];
  const own = site && siteStylesheet(site);
  if (own !== undefined) {
    const siteCss = Buffer.from(minifyCss(own));
    const sitePath = `assets/site.${hash(siteCss)}.css`;
    assets.siteCss = '/' + sitePath;
    files.push({ path: sitePath, content: siteCss });
  }
  return { assets, files };
}

// The theme's stylesheet is the same in every build of one process (`vita dev`, and the start-up snapshot, which
// is made after a warm-up build): it is minified again only when the text read differs.
let minified: { source: string; css: string } | undefined;
function themeCss(): string {
  const source = themeText('vita.css');
  if (minified?.source !== source) minified = { source, css: minifyCss(source) };
  return minified.css;
}

function hash(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 10);
}
