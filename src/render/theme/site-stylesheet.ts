import type { Site, Theme } from '../../model/types.js';
import { themeText } from '../theme-dir.js';

const WIDTHS: Record<Theme['width'], { width: string; measure: string; page: string }> = {
  narrow: { width: '60rem', measure: '40rem', page: '44rem' },
  normal: { width: '72rem', measure: '46rem', page: '50rem' },
  wide: { width: '84rem', measure: '56rem', page: '58rem' },
};
const RADII: Record<Theme['radius'], [string, string, string, string]> = {
  none: ['0', '0', '0', '0'],
  small: ['2px', '3px', '5px', '999px'],
  medium: ['4px', '6px', '10px', '999px'],
  large: ['6px', '10px', '16px', '999px'],
};
const DENSITY: Record<Theme['density'], [string, string]> = { compact: ['0.65', '1.55'], normal: ['1', '1.65'], relaxed: ['1.3', '1.75'] };

const declarations = (vars: Record<string, string>) => Object.entries(vars).map(([k, v]) => `--${k}: ${v};`).join(' ');

/** The custom properties site.yml's `theme:` sets, for both colour schemes and for print. */
export function themeVariables(theme: Theme): string {
  const w = WIDTHS[theme.width];
  const [rs, r, rl, pill] = RADII[theme.radius];
  const [space, leading] = DENSITY[theme.density];
  const base = {
    'font-body': theme.font, 'font-heading': theme.headingFont, width: w.width, measure: w.measure, 'page-measure': w.page,
    'radius-s': rs, radius: r, 'radius-l': rl, 'radius-pill': pill, space, leading, ...theme.colours.light,
  };
  const dark = declarations(theme.colours.dark);
  return [
    `:root { ${declarations(base)} }`,
    ...(dark ? [
      `@media (prefers-color-scheme: dark) { :root:not([data-theme="light"]) { ${dark} } }`,
      `:root[data-theme="dark"] { ${dark} }`,
    ] : []),
    // Paper stays black on white whatever the screen colours are (as in vita.css).
    ...(Object.keys(theme.colours.light).length ? ['@media print { :root, :root[data-theme] { --bg: #fff; --surface: #fff; --text: #000; --muted: #333; --accent: #000; } }'] : []),
  ].join('\n');
}

/**
 * The site's own stylesheet, loaded after vita.css: the settings layer, the preset's rules, the settings'
 * values and the owner's CSS, in that order (later wins). Undefined for a site that changes nothing, which
 * then gets exactly Vita's default output.
 */
export function siteStylesheet(site: Site): string | undefined {
  const theme = site.theme;
  const tags = site.languages?.all.map((l) => l.tag) ?? [site.config.language];
  const cjk = tags.some((tag) => /^(ja|ko|zh-(hant|tw|hk|mo))\b/i.test(tag) || /^zh-.*-(tw|hk|mo)$/i.test(tag));
  if (!theme && !site.pages.some((p) => p.display) && !site.languages && !cjk) return undefined;
  const parts = [themeText('settings.css')];
  if (site.languages) parts.push(themeText('languages.css'));
  if (cjk) parts.push(themeText('cjk.css'));
  if (theme) {
    if (theme.preset !== 'classic') parts.push(themeText(`presets/${theme.preset}.css`));
    parts.push(themeVariables(theme));
    for (const file of theme.css) parts.push(file.text);
  }
  return parts.join('\n');
}
