import type { Site } from '../../model/types.js';
import { escapeAttr } from '../head/escape.js';

/** Assembles a complete HTML document from ready parts; `dataTheme` is set when the owner fixed the scheme. */
export function documentHtml(site: Site, parts: { pageHead: string; sharedHead: string; body: string }): string {
  const { language, colorScheme } = site.config;
  const theme = colorScheme === 'system' ? '' : ` data-theme="${colorScheme}"`;
  return `<!doctype html>\n<html lang="${escapeAttr(language)}"${theme}><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">${parts.pageHead}${parts.sharedHead}</head>` +
    `<body>${parts.body}</body></html>\n`;
}
