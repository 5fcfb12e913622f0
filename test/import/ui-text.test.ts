import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/build.js';
import { importAcademicpages } from '../../src/import/import-site.js';
import { writeSite } from '../helpers/site.js';

// The owner's _data/ui-text.yml, written as academicpages ships it (an English block shared by en-* through an
// anchor, then other languages) with a few words changed.
const UI_TEXT = `en: &DEFAULT_EN
  pagination_previous        : "Previous"
  pagination_next            : "Next"
  toc_label                  : "Contents"
  tags_label                 : "Topics:"
  website_label              : "Website"
en-US:
  <<: *DEFAULT_EN
nl:
  toc_label                  : "Op deze pagina"
  pagination_previous        : "Vorige"
`;

function importWith(locale: string) {
  const src = writeSite({
    '_config.yml': `title: Ines Moreau\nurl: https://imoreau.github.io\nlocale: ${locale}\nauthor:\n  name: Ines Moreau\n`,
    '_data/ui-text.yml': UI_TEXT,
    '_pages/about.md': '---\npermalink: /\ntitle: About\n---\n\nHello.\n',
  });
  const dest = join(src, 'out');
  const result = importAcademicpages({ src, dest });
  return { dest, report: result.report, siteYml: readFileSync(join(dest, 'site.yml'), 'utf8') };
}

test('ui-text.yml: the words an English site changed become ui_text, the stock ones are left to Vita', async () => {
  const { dest, report, siteYml } = importWith('en-US');
  assert.match(siteYml, /\nui_text:\n {2}on_this_page: Contents\n {2}tags: Topics\n/);
  assert.ok(!siteYml.includes('older_post') && !siteYml.includes('link_website'));
  assert.ok(report.includes('ui-text "toc_label: Contents" became ui_text.on_this_page'));
  const built = await build({ root: dest, write: false });
  assert.deepEqual(built.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
});

test('ui-text.yml in a language Vita has no words for: every mapped word of that language is carried', () => {
  assert.match(importWith('nl').siteYml, /\nui_text:\n {2}on_this_page: Op deze pagina\n {2}older_post: Vorige\n/);
});

test('ui-text.yml in a language Vita has words for: Vita\'s own translation is used', () => {
  assert.ok(!importWith('fr').siteYml.includes('ui_text'));
});
