/**
 * Stylesheets the owner added to every page of the old site through `_includes/head/custom.html`: Vita
 * loads them after its own from `theme/` (site.yml `theme.css`), so the pages that rely on them keep
 * their look; `<style>` blocks written there go to one file the same way. Stylesheets from other sites are
 * reported; Vita loads nothing from elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Report } from './report.js';
import type { OutputEntry } from './writer.js';

const HEAD = '_includes/head/custom.html';
// The theme's own stylesheets: Vita brings its own.
const STOCK = /(^|\/)(main|academicons(\.min)?|collapse)\.s?css$/;

/** The owner's site-wide stylesheets as `theme/` files plus the list for site.yml `theme.css`. */
export function siteWideStyles(root: string, report: Report): { css: string[]; entries: OutputEntry[] } {
  const css: string[] = [];
  const entries: OutputEntry[] = [];
  if (!existsSync(join(root, HEAD))) return { css, entries };
  // Commented-out tags were not loaded; blanking them keeps every line number.
  const text = readFileSync(join(root, HEAD), 'utf8').replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  for (const m of text.matchAll(/<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi)) {
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(m[0])?.[1]?.replace(/\{\{[^}]*\}\}/g, '').trim();
    if (!href || STOCK.test(href)) continue;
    const line = text.slice(0, m.index).split('\n').length;
    if (/^([a-z]+:)?\/\//i.test(href)) {
      report.add('not-carried', `stylesheet ${href} from another site is not loaded: Vita pages load nothing from elsewhere`, HEAD, line);
      continue;
    }
    const rel = href.replace(/^\/+/, '').replace(/[?#].*$/, '');
    if (!rel.endsWith('.css') || !existsSync(join(root, rel))) {
      report.add('not-carried', `stylesheet ${href} is not a CSS file of the old site (Sass is not compiled): restyle with theme settings in site.yml`, HEAD, line);
      continue;
    }
    const path = `theme/${basename(rel)}`;
    if (css.includes(path)) continue;
    css.push(path);
    entries.push({ path, copyFrom: join(root, rel) });
    report.add('converted', `${rel}, loaded on every page of the old site → ${path}, loaded after Vita's stylesheet (site.yml theme.css)`, HEAD, line);
  }
  const inline = [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].filter((m) => m[1]!.trim());
  if (inline.length) {
    const path = 'theme/head-custom.css';
    css.push(path);
    entries.push({ path, text: inline.map((m) => m[1]!.replace(/^\n+|\s+$/g, '') + '\n').join('\n') });
    for (const m of inline) {
      const line = text.slice(0, m.index).split('\n').length;
      report.add('converted', `<style> on every page of the old site → ${path}, loaded after Vita's stylesheet (site.yml theme.css)`, HEAD, line);
    }
  }
  return { css, entries };
}
