import { contrast, mix, nearestPassing, withSaturationAtMost } from './colour.js';
import type { Palette } from './presets.js';

/** WCAG AA for normal text. */
export const AA = 4.5;
// Suggested colours aim a little higher, so rounding in browsers never tips them under AA.
const SUGGEST = 4.6;
// A derived dark-mode accent aims for this much contrast: bright enough to read as the accent at night.
const DARK_TARGET = 6.5;

export type Scheme = 'light' | 'dark';

/** The custom properties of theme/vita.css that follow from one accent colour in one scheme. */
export function accentVariables(accent: string, scheme: Scheme, palette: Palette): Record<string, string> {
  const light = scheme === 'light';
  const soft = softOf(accent, scheme, palette);
  return {
    accent,
    'accent-hover': mix(accent, light ? '#000000' : '#ffffff', light ? 0.28 : 0.35),
    'accent-soft': soft,
    'venue-bg': accent,
    'venue-fg': light ? '#ffffff' : palette.bg,
    note: accent,
    'note-bg': mix(accent, palette.bg, light ? 0.92 : 0.86),
  };
}

function softOf(accent: string, scheme: Scheme, palette: Palette): string {
  return mix(accent, palette.surface, scheme === 'light' ? 0.9 : 0.82);
}

/** The backgrounds the accent is drawn on as text: the page, cards, hovered rows and the current nav item. */
export function accentBackgrounds(accent: string, scheme: Scheme, palette: Palette): Array<{ name: string; colour: string }> {
  return [
    { name: '--bg', colour: palette.bg },
    { name: '--surface', colour: palette.surface },
    { name: '--surface-2', colour: palette['surface-2'] },
    { name: '--accent-soft', colour: softOf(accent, scheme, palette) },
  ];
}

/** The lowest contrast of the accent against the backgrounds it is drawn on, and which one that is. */
export function worstContrast(accent: string, scheme: Scheme, palette: Palette): { ratio: number; against: { name: string; colour: string } } {
  const measured = accentBackgrounds(accent, scheme, palette).map((against) => ({ ratio: contrast(accent, against.colour), against }));
  return measured.sort((a, b) => a.ratio - b.ratio)[0]!;
}

/** The colour nearest to `accent` (same hue, lightness moved) that reaches AA on every background; undefined if none. */
export function nearestAccent(accent: string, scheme: Scheme, palette: Palette): string | undefined {
  return nearestPassing(accent, scheme === 'light' ? 'dark' : 'light', (c) => worstContrast(c, scheme, palette).ratio >= SUGGEST);
}

/**
 * A dark-mode accent of the same hue as the light one, light enough to read on the dark backgrounds; its
 * saturation is capped, so a deep colour does not turn neon when it is lightened.
 */
export function derivedDarkAccent(lightAccent: string, palette: Palette): string {
  const tamed = withSaturationAtMost(lightAccent, 0.7);
  return nearestPassing(tamed, 'light', (c) => worstContrast(c, 'dark', palette).ratio >= DARK_TARGET) ?? '#ffffff';
}
