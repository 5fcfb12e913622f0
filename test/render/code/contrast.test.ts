import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CODE_BACKGROUND, contrastRatio, readableOn } from '../../../src/render/code/contrast.js';

test('contrast: WCAG ratios of known pairs', () => {
  assert.equal(contrastRatio('#000000', '#ffffff').toFixed(2), '21.00');
  assert.equal(contrastRatio('#777777', '#ffffff').toFixed(2), '4.48');
});

test('contrast: colours that reach AA are kept; the rest move toward black or white just past 4.5:1', () => {
  assert.equal(readableOn('#24292e', CODE_BACKGROUND.light, 'black'), '#24292e');
  const red = readableOn('#d73a49', CODE_BACKGROUND.light, 'black');
  assert.equal(red, '#c63543');
  assert.ok(contrastRatio(red, CODE_BACKGROUND.light) >= 4.6);
  const grey = readableOn('#6a737d', CODE_BACKGROUND.dark, 'white');
  assert.ok(contrastRatio(grey, CODE_BACKGROUND.dark) >= 4.6 && contrastRatio('#6a737d', CODE_BACKGROUND.dark) < 4.5);
});
