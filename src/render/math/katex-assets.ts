import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OutputFile } from '../../write/output-file.js';

const KATEX_DIST = join(dirname(createRequire(import.meta.url).resolve('katex/package.json')), 'dist');

let cached: { cssUrl: string; files: OutputFile[] } | undefined;

/**
 * KaTeX's stylesheet and WOFF2 fonts as output files under /assets/katex/. The stylesheet is trimmed to the
 * WOFF2 fonts (every browser that renders KaTeX reads them) and named by content hash for caching.
 */
export function katexAssets(): { cssUrl: string; files: OutputFile[] } {
  if (!cached) {
    const css = readFileSync(join(KATEX_DIST, 'katex.min.css'), 'utf8')
      .replace(/,url\(fonts\/[^)]+\.woff\) format\("woff"\)/g, '')
      .replace(/,url\(fonts\/[^)]+\.ttf\) format\("truetype"\)/g, '');
    const name = `katex.${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
    const fonts = readdirSync(join(KATEX_DIST, 'fonts')).filter((f) => f.endsWith('.woff2')).sort();
    cached = {
      cssUrl: `/assets/katex/${name}`,
      files: [
        { path: `assets/katex/${name}`, content: css },
        ...fonts.map((f) => ({ path: `assets/katex/fonts/${f}`, from: join(KATEX_DIST, 'fonts', f) })),
      ],
    };
  }
  return cached;
}

/** The stylesheet's site-relative URL (without the base path). */
export function katexCssUrl(): string {
  return katexAssets().cssUrl;
}

// `$$…$$` anywhere, or `$x$` with no space inside the dollars and no digit after (so "$5 and $6" is money).
const MATH = /\$\$[\s\S]+?\$\$|(^|[^\\$])\$[^\s$](?:[^$\n]*?[^\s$\\])?\$(?!\d)/;

/** True when Markdown text may hold math, so the KaTeX files are written only for sites that use it. */
export function mayContainMath(markdown: string): boolean {
  // Most bodies have no dollar sign at all; the regex would still try every position of them.
  return markdown.includes('$') && MATH.test(markdown);
}
