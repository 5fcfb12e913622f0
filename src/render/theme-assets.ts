import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ThemeAssets } from './head/document-head.js';
import type { OutputFile } from '../write/output-file.js';
import { minifyCss } from './minify-css.js';

// theme/ sits at the package root, two levels above both src/render/ and the bundle in dist/cli/.
const THEME_DIR = fileURLToPath(new URL('../../theme/', import.meta.url));

/** The theme's CSS and JS as output files named by content hash, so browsers may cache them forever. */
export function themeAssets(): { assets: ThemeAssets; files: OutputFile[] } {
  const css = Buffer.from(minifyCss(readFileSync(THEME_DIR + 'vita.css', 'utf8')));
  const js = readFileSync(THEME_DIR + 'vita.js');
  const cssPath = `assets/vita.${hash(css)}.css`;
  const jsPath = `assets/vita.${hash(js)}.js`;
  return { assets: { css: '/' + cssPath, js: '/' + jsPath }, files: [{ path: cssPath, content: css }, { path: jsPath, content: js }] };
}

function hash(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 10);
}
