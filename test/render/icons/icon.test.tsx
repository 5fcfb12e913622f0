import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToString } from 'preact-render-to-string';
import { Icon, isIconName, profileIcon } from '../../../src/render/icons/icon.js';
import { brandIconPath } from '../../../src/render/icons/brand-icons.js';

test('a brand icon is the simple-icons path, filled, decorative', () => {
  const html = renderToString(<Icon name="github" />);
  assert.match(html, /^<svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 \.297c-6\.63 0-12 5\.373/);
  assert.ok(html.endsWith('"></path></svg>'));
});

test('a generic icon is stroked; extra classes are kept', () => {
  const html = renderToString(<Icon name="email" class="x" />);
  assert.match(html, /^<svg class="icon x" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2"/);
});

test('names and profile kinds', () => {
  assert.equal(isIconName('arxiv'), true);
  assert.equal(isIconName('pdf'), true);
  assert.equal(isIconName('toString'), false);
  assert.equal(profileIcon('website'), 'globe');
  assert.equal(profileIcon('cv'), 'file');
  assert.equal(profileIcon('linkedin'), 'linkedin');
  assert.equal(brandIconPath('orcid'), brandIconPath('orcid'));
  assert.match(brandIconPath('semantic_scholar'), /^M/);
});
