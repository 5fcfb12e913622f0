/** academicpages' look → site.yml's `theme:`: the `site_theme` skin to the nearest preset, an owner-chosen link colour to the accent. */
import { nearestAccent, worstContrast } from '../model/theme/accent.js';
import { DEFAULT_PALETTE, PRESET_SETTINGS } from '../model/theme/presets.js';
import type { PresetName } from '../validate/schemas/theme.js';
import type { Report } from './report.js';
import { isStockColour, sassColours, type SassColour } from './sass-colours.js';

// Skins of academicpages (from minimal-mistakes) by the preset closest in colour and feel.
const SKIN_PRESETS: Record<string, PresetName> = {
  default: 'classic', air: 'classic', aqua: 'modern', mint: 'modern', neon: 'modern',
  contrast: 'minimal', dark: 'minimal', dirt: 'scholar', plum: 'scholar', sunrise: 'scholar',
};

/** The _sass files that may hold the owner's colours. */
export function isSassColourFile(rel: string): boolean {
  return /^_sass\/(_variables|variables|theme\/[^/]+)\.scss$/.test(rel);
}

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
  const colours = sassColours(sass.filter((f) => readsColoursOf(f.rel, siteTheme)));
  const link = colours.get('link-color');
  // The stock theme computes its link colour from $info-color; only a different result is the owner's choice.
  const where = link?.rel ? link : colours.get('info-color');
  if (link && where?.rel && !isStockColour('link-color', link.value)) {
    const colour = link.value;
    const palette = (PRESET_SETTINGS[(theme.preset as PresetName | undefined) ?? 'classic'].palette ?? DEFAULT_PALETTE).light;
    const ratio = worstContrast(colour, 'light', palette).ratio;
    const readable = ratio >= 4.5 ? colour : nearestAccent(colour, 'light', palette);
    if (readable) {
      theme.accent = readable;
      report.add('converted', readable === colour ? `$link-color ${colour} → theme.accent`
        : `$link-color ${colour} → theme.accent ${readable} (the original has contrast ${ratio.toFixed(2)}:1 on the page; `
          + 'WCAG AA needs 4.5:1)', where.rel, where.line);
    }
  }
  reportOtherColours(colours, report);
  return Object.keys(theme).length ? theme : undefined;
}

// Newer forks ship one file per skin in _sass/theme/; only the site's own skin counts, and only the default
// one, whose stock link colour is known: another skin's colours are the preset's business.
function readsColoursOf(rel: string, siteTheme: unknown): boolean {
  const skin = typeof siteTheme === 'string' && siteTheme.trim() ? siteTheme.trim().toLowerCase() : 'default';
  if (!rel.startsWith('_sass/theme/')) return true;
  return skin === 'default' && /^_sass\/theme\/_?default(_light)?\.scss$/.test(rel);
}

// Page colours an owner changed: Vita's theme has no setting for them, so the report names the custom
// property that would carry each (a light value only; set the dark one too).
const PAGE_COLOURS: Array<[RegExp, string]> = [
  [/^(body-)?background-colou?r$/, '--bg'], [/^text-colou?r$/, '--text'], [/^border-colou?r$/, '--border'],
  [/^(header|masthead|footer|primary)[\w-]*colou?r$/, ''],
];

function reportOtherColours(colours: Map<string, SassColour>, report: Report): void {
  for (const [name, c] of [...colours].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const rule = PAGE_COLOURS.find(([re]) => re.test(name));
    if (!rule || !c.rel || isStockColour(name, c.value)) continue;
    const how = rule[1] ? `to keep it, set \`${rule[1]}: ${c.value}\` in theme/custom.css (site.yml theme.css)`
      : 'Vita draws that part with its own colours';
    report.add('not-carried', `$${name} ${c.value} has no theme setting: ${how}`, c.rel, c.line);
  }
}
