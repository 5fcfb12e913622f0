/** academicpages' look → site.yml's `theme:`: the `site_theme` skin to the nearest preset, an owner-chosen link colour to the accent. */
import { nearestAccent, worstContrast } from '../model/theme/accent.js';
import { DEFAULT_PALETTE, PRESET_SETTINGS } from '../model/theme/presets.js';
import type { PresetName } from '../validate/schemas/theme.js';
import type { Report } from './report.js';

// Skins of academicpages (from minimal-mistakes) by the preset closest in colour and feel.
const SKIN_PRESETS: Record<string, PresetName> = {
  default: 'classic', air: 'classic', aqua: 'modern', mint: 'modern', neon: 'modern',
  contrast: 'minimal', dark: 'minimal', dirt: 'scholar', plum: 'scholar', sunrise: 'scholar',
};

/** The _sass files that may hold the owner's colours. */
export function isSassColourFile(rel: string): boolean {
  return /^_sass\/(_variables|variables|theme\/[^/]+)\.scss$/.test(rel);
}

// The stock theme computes the link colour (`mix(#000, $info-color, 20%)`), so a plain hex value is the owner's.
const LINK_COLOUR = /^\s*\$link-color\s*:\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b/m;

/** The `theme:` record for site.yml, or undefined when the old site kept the stock look. */
export function mapTheme(siteTheme: unknown, sass: ReadonlyArray<{ rel: string; text: string }>, report: Report): Record<string, unknown> | undefined {
  const theme: Record<string, unknown> = {};
  if (typeof siteTheme === 'string' && siteTheme.trim()) {
    const preset = SKIN_PRESETS[siteTheme.trim().toLowerCase()];
    if (preset && preset !== 'classic') theme.preset = preset;
    // The stock skin needs no line: it is listed with the other theme settings the import skips.
    if (preset && preset !== 'classic') report.add('converted', `site_theme "${siteTheme}" → theme.preset ${preset}`, '_config.yml');
    if (!preset) report.add('not-carried', `site_theme "${siteTheme}" is not a skin Vita knows; the classic preset is used`, '_config.yml');
  }
  for (const { rel, text } of sass) {
    const m = LINK_COLOUR.exec(text);
    if (!m) continue;
    const colour = m[1]!.toLowerCase();
    const line = text.slice(0, m.index).split('\n').length + (m[0].startsWith('\n') ? 1 : 0);
    const palette = (PRESET_SETTINGS[(theme.preset as PresetName | undefined) ?? 'classic'].palette ?? DEFAULT_PALETTE).light;
    const ratio = worstContrast(colour, 'light', palette).ratio;
    const readable = ratio >= 4.5 ? colour : nearestAccent(colour, 'light', palette);
    if (!readable) continue;
    theme.accent = readable;
    report.add('converted', readable === colour ? `$link-color ${colour} → theme.accent`
      : `$link-color ${colour} → theme.accent ${readable} (the original has contrast ${ratio.toFixed(2)}:1 on the page; WCAG AA needs 4.5:1)`, rel, line);
    break;
  }
  return Object.keys(theme).length ? theme : undefined;
}
