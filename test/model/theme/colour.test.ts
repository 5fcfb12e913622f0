import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AA, derivedDarkAccent, nearestAccent, worstContrast } from '../../../src/model/theme/accent.js';
import { contrast, mix, withLightness } from '../../../src/model/theme/colour.js';
import { DEFAULT_PALETTE, PRESET_SETTINGS } from '../../../src/model/theme/presets.js';

test('WCAG contrast of known pairs', () => {
  assert.equal(contrast('#000000', '#ffffff').toFixed(2), '21.00');
  assert.equal(contrast('#777777', '#ffffff').toFixed(2), '4.48');
  assert.equal(contrast('#fff', '#fff'), 1);
  assert.equal(mix('#000000', '#ffffff', 0.5), '#808080');
  assert.equal(withLightness('#ff0000', 0.25), '#800000');
});

test('a light accent is measured against the darkest background it sits on, and the nearest passing colour keeps its hue', () => {
  const worst = worstContrast('#7fb2e5', 'light', DEFAULT_PALETTE.light);
  assert.equal(worst.against.name, '--surface-2');
  assert.equal(worst.ratio.toFixed(2), '2.01');
  const nearest = nearestAccent('#7fb2e5', 'light', DEFAULT_PALETTE.light)!;
  assert.equal(nearest, '#256eb7');
  assert.ok(worstContrast(nearest, 'light', DEFAULT_PALETTE.light).ratio >= 4.6);
  // A shade lighter than the suggestion no longer passes: it is the nearest.
  assert.ok(worstContrast(withLightness(nearest, 0.45), 'light', DEFAULT_PALETTE.light).ratio < 4.6);
});

test('the derived dark-mode accent is light enough on every dark background', () => {
  const dark = derivedDarkAccent('#7a3fb0', DEFAULT_PALETTE.dark);
  assert.equal(dark, '#d5c1e9');
  assert.ok(worstContrast(dark, 'dark', DEFAULT_PALETTE.dark).ratio >= 6.5);
});

test('every preset: text, muted text and both accents reach AA on every background of its palette', () => {
  for (const [name, preset] of Object.entries(PRESET_SETTINGS)) {
    for (const scheme of ['light', 'dark'] as const) {
      const palette = (preset.palette ?? DEFAULT_PALETTE)[scheme];
      for (const bg of [palette.bg, palette.surface, palette['surface-2']]) {
        for (const fg of [palette.text, palette.muted]) assert.ok(contrast(fg, bg) >= AA, `${name} ${scheme}: ${fg} on ${bg} is ${contrast(fg, bg).toFixed(2)}`);
      }
      const accent = worstContrast(preset.accent[scheme], scheme, palette);
      assert.ok(accent.ratio >= AA, `${name} ${scheme}: accent on ${accent.against.name} is ${accent.ratio.toFixed(2)}`);
    }
  }
});
