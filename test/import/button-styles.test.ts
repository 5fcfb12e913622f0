import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/build.js';
import { importAcademicpages } from '../../src/import/import-site.js';
import { writeSite } from '../helpers/site.js';

const PAGE = `---
title: Contact
permalink: /contact/
---
Reach me here.

<p><a href="/files/cv.pdf" class="btn btn--info" style="color: #fff">Download CV</a></p>
`;

test('class 12: a link with academicpages button classes and white text gets a background (never white on white)', async () => {
  const src = writeSite({
    '_config.yml': 'title: Ines Moreau\nurl: https://imoreau.github.io\nauthor:\n  name: Ines Moreau\n',
    '_sass/_variables.scss': '$link-color: #1a5aa6;\n',
    '_pages/contact.md': PAGE,
    'files/cv.pdf': '%PDF-1.4\n',
  });
  const dest = join(src, 'out');
  const { report } = importAcademicpages({ src, dest });
  // The accent from _sass and the button stylesheet both stay in theme:.
  assert.match(readFileSync(join(dest, 'site.yml'), 'utf8'), /\ntheme:\n {2}accent: "?#1a5aa6"?\n {2}css:\n {4}- theme\/academicpages-buttons\.css\n/);
  assert.ok(report.includes('- _pages/contact.md: 1 button(s) written with academicpages\' btn classes → styled by theme/academicpages-buttons.css (accent background, readable text)'), report);
  const css = readFileSync(join(dest, 'theme', 'academicpages-buttons.css'), 'utf8');
  assert.match(css, /\.btn, \[class\*="btn--"\] \{\n[^}]*background: var\(--accent\);\n {2}color: var\(--surface\) !important;\n/);
  const result = await build({ root: dest, write: false });
  assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
  const text = (path: string) => { const f = result.files.find((x) => x.path === path)!; return 'content' in f ? String(f.content) : ''; };
  const page = text('contact/index.html');
  assert.match(page, /<a href="\/files\/cv\.pdf" class="btn btn--info" style="color: #fff">Download CV<\/a>/);
  const sheet = /<link rel="stylesheet" href="\/(assets\/site\.[0-9a-f]+\.css)"/.exec(page)?.[1];
  assert.ok(sheet, 'the page loads the site stylesheet');
  assert.match(text(sheet!), /\.btn,\[class\*="?btn--"?\]\{[^}]*background:var\(--accent\)[^}]*color:var\(--surface\) ?!important/);
});

test('a site whose pages keep no button HTML gets no button stylesheet', () => {
  const src = writeSite({
    '_config.yml': 'title: Ines Moreau\nurl: https://imoreau.github.io\nauthor:\n  name: Ines Moreau\n',
    '_pages/contact.md': '---\ntitle: Contact\npermalink: /contact/\n---\n[Download CV](/files/cv.pdf){: .btn .btn--info}\n',
  });
  importAcademicpages({ src, dest: join(src, 'out') });
  assert.doesNotMatch(readFileSync(join(src, 'out', 'site.yml'), 'utf8'), /theme:/);
});
