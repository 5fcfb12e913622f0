import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/build.js';
import { importAcademicpages } from '../../src/import/import-site.js';
import { writeSite } from '../helpers/site.js';

function importSite(config: string, files: Record<string, string> = {}) {
  const src = writeSite({ '_config.yml': `title: Ines Moreau\nurl: https://imoreau.github.io\nauthor:\n  name: Ines Moreau\n${config}`, ...files });
  const dest = join(src, 'out');
  const result = importAcademicpages({ src, dest });
  return { dest, siteYml: readFileSync(join(dest, 'site.yml'), 'utf8'), report: result.report };
}

test('site_theme maps to the nearest preset, and an owner-chosen $link-color to the accent; the site builds', async () => {
  const { dest, siteYml, report } = importSite('site_theme: "sunrise"\n', {
    '_sass/_variables.scss': '$info-color: #3b9cba !default;\n\n$link-color: #1a5aa6 !default;\n',
  });
  assert.match(siteYml, /theme:\n {2}preset: scholar\n {2}accent: "?#1a5aa6"?\n/);
  assert.ok(report.includes('- _config.yml: site_theme "sunrise" → theme.preset scholar'), report);
  assert.ok(report.includes('- _sass/_variables.scss:3: $link-color #1a5aa6 → theme.accent'), report);
  const result = await build({ root: dest, write: false });
  assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
});

test('a link colour too light to read becomes the nearest colour that is, and the report says why', () => {
  const { siteYml, report } = importSite('', { '_sass/theme/_default_light.scss': '$link-color: #7fb2e5;\n' });
  assert.match(siteYml, /theme:\n {2}accent: "?#256eb7"?\n/);
  assert.ok(report.includes('$link-color #7fb2e5 → theme.accent #256eb7 (the original has contrast 2.01:1 on the page; WCAG AA needs 4.5:1)'), report);
});

test('the stock look (computed link colour, default skin) adds no theme', () => {
  const { siteYml } = importSite('site_theme: default\n', { '_sass/_variables.scss': '$link-color: mix(#000, $info-color, 20%) !default;\n' });
  assert.doesNotMatch(siteYml, /theme:/);
});

test('a link colour set through $info-color or another variable is resolved; the skin files of newer forks are stock', () => {
  const { siteYml, report } = importSite('', {
    '_sass/_variables.scss': '$info-color: #103261;\n$gray: #31414d; // slate\n$link-color: $info-color !default;\n$text-color: mix(#000, $gray, 40%);\n',
    '_sass/theme/_default_light.scss': '$primary-color: #2f7f93;\n',
    '_sass/theme/_sunrise_light.scss': '$link-color: #81a2be;\n',
  });
  assert.match(siteYml, /theme:\n {2}accent: "?#103261"?\n/);
  assert.ok(report.includes('- _sass/_variables.scss:3: $link-color #103261 → theme.accent'), report);
  assert.ok(report.includes('- _sass/_variables.scss:4: $text-color #1d272e has no theme setting: to keep it, set `--text: #1d272e` in theme/custom.css (site.yml theme.css)'), report);
  assert.doesNotMatch(report, /primary-color|81a2be/);
});

test('a link colour named by another variable (`$linkedin-color`) with a comment after it becomes the accent', () => {
  const { siteYml } = importSite('', { '_sass/_variables.scss': '$linkedin-color: #0b62a8;\n$link-color: $linkedin-color;/*$info-color;*/\n' });
  assert.match(siteYml, /theme:\n {2}accent: "?#0b62a8"?\n/);
});
