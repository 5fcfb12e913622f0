/**
 * Scripts the owner added to every page through `_includes/head/custom.html` or `_includes/footer/custom.html`.
 * None is carried over silently: each is reported with what Vita does instead or how to keep it. MathJax
 * (the theme's own) needs no line: Vita typesets math when it builds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from './report.js';

const INCLUDES = ['_includes/head/custom.html', '_includes/footer/custom.html'];
const MATHJAX = /mathjax|polyfill/i;
const SWITCHER = 'it switches languages; Vita does that itself (languages: in site.yml gives every page its '
  + 'translations and a switcher, as in examples/bilingual)';
const LANGUAGE_SWITCH = /lang(uage)?[-_ ]?(switch|toggle|select|button)|switch[-_ ]?lang|i18n|translat/i;

/** Adds a report line for every script of the owner's site-wide includes. */
export function reportSiteWideScripts(root: string, report: Report): void {
  for (const rel of INCLUDES) {
    if (!existsSync(join(root, rel))) continue;
    const text = readFileSync(join(root, rel), 'utf8').replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
    for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(m[1]!)?.[1];
      if (MATHJAX.test(m[1]!) || MATHJAX.test(m[2]!)) continue;
      const line = text.slice(0, m.index).split('\n').length;
      const what = src ? `script ${src.replace(/\{\{[^}]*\}\}/g, '').trim()}` : 'inline script';
      const why = LANGUAGE_SWITCH.test(m[0])
        ? SWITCHER : 'if the pages still need it, put it in an HTML snippet (theme.html.head_end in site.yml, see docs/theming.md)';
      report.add('not-carried', `${what}, loaded on every page of the old site, is not carried over: ${why}`,
        rel, line);
    }
  }
}
