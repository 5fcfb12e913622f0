/**
 * How the text of real academicpages sites comes over (issue #13, classes 8, 9 and 11): math written for
 * MathJax, YAML as libyaml read it, and mojibake repair that leaves correct text alone. Each is a whole
 * small site, imported (and for math, built), with the exact pages and report lines expected.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/build.js';
import { FEATURES } from '../../src/features/index.js';
import { importAcademicpages } from '../../src/import/import-site.js';
import { writeSite } from '../helpers/site.js';

const CONFIG = 'title: T\nurl: https://t.example\nauthor:\n  name: T\n';

function importSite(files: Record<string, string>) {
  const src = writeSite({ '_config.yml': CONFIG, ...files });
  const dest = join(src, 'out');
  const result = importAcademicpages({ src, dest });
  assert.deepEqual(result.diagnostics, []);
  return { dest, read: (path: string) => readFileSync(join(dest, path), 'utf8'), lines: result.report.split('\n') };
}

test('class 8: MathJax math becomes KaTeX math; a formula KaTeX cannot read is code, and the site builds', async () => {
  const notes = String.raw`---
title: Notes
permalink: /notes/
---
Flow \(q = v A\) and $$h_0$$ here.

\[
\frac{dh}{dt} = -k h
\]

\begin{equation}
E = mc^2
\end{equation}

So $$\displaylines{x = 1 \\ y = 2}$$ holds, but $\betha$ is a typo.
`;
  const { dest, read, lines } = importSite({ '_pages/notes.md': notes });
  assert.equal(read('pages/notes.md'), String.raw`---
title: Notes
permalink: /notes/
---

Flow $q = v A$ and $h_0$ here.

$$
\frac{dh}{dt} = -k h
$$

$$
\begin{equation}
E = mc^2
\end{equation}
$$

So $\begin{gathered}x = 1 \\ y = 2\end{gathered}$ holds, but ` + '`$\\betha$`' + ` is a typo.
`);
  assert.deepEqual(lines.filter((l) => l.includes('formula')), [
    '- _pages/notes.md:15: formula kept as code: KaTeX cannot read it (Undefined control sequence: \\betha)',
    '- _pages/notes.md:5: 5 MathJax formula(s) rewritten for KaTeX '
      + '(\\( \\), \\[ \\], $$ inside a line, bare environments)',
  ]);
  const built = await build({ root: dest, write: false, features: FEATURES });
  assert.deepEqual(built.diagnostics, []);
  const file = built.files.find((f) => f.path === 'notes/index.html')!;
  const html = 'content' in file ? String(file.content) : '';
  assert.equal(html.match(/class="katex"/g)?.length, 5);
  assert.ok(html.includes('<code>$\\betha$</code>'));
});

test('class 9: YAML as libyaml read it: tabs after a colon or before a comment, quotes over lines, last key wins', () => {
  const { read, lines } = importSite({
    '_config.yml': 'title:\t"Tab Site"\nurl: https://t.example\nauthor:\n  name:\tAnn Tab\t# owner\n  name: Ann Tabb\n',
    '_pages/t.md': '---\ntitle:\t"Tabs\tand quotes"\npermalink: /t/\t# a comment after a tab\n'
      + 'excerpt: "a quoted\n  scalar over\n    three lines"\ndescription: |\n  kept\tas written\n'
      + 'title: Last one wins\n---\nBody.\n',
  });
  assert.equal(read('pages/t.md'), '---\ntitle: Last one wins\npermalink: /t/\n'
    + 'excerpt: a quoted scalar over three lines\ndescription: |\n  kept\tas written\n---\n\nBody.\n');
  assert.match(read('site.yml'), /\ntitle: Tab Site\n[\s\S]*\n {2}name: Ann Tabb\n/);
  assert.deepEqual(lines.filter((l) => l.includes('twice')), [
    '- _config.yml:5: key "name" is written twice: the last value is kept, as Jekyll did',
    '- _pages/t.md:9: front matter key "title" is written twice: the last value is kept, as Jekyll did',
  ]);
});

test('class 11: mojibake is repaired and reported; correct French (l’État, «l’Œuvre») is left exactly as written', () => {
  const { read, lines } = importSite({
    '_pages/about.md': '---\ntitle: "L’École d’Été"\npermalink: /\n---\n'
      + 'Je travaille sur l’État et «l’Œuvre» à Genève.\n\nMenu du cafÃ© : crÃ¨me brÃ»lÃ©e.\n',
  });
  assert.equal(read('pages/index.md'), '---\ntitle: L’École d’Été\npermalink: /\nlayout: home\n---\n\n'
    + 'Je travaille sur l’État et «l’Œuvre» à Genève.\n\nMenu du café : crème brûlée.\n');
  assert.deepEqual(lines.filter((l) => l.includes('UTF-8 read as')), [
    '- _pages/about.md:7: `Ã©` → `é` (UTF-8 read as Windows-1252), 2 times, at _pages/about.md:7:12, _pages/about.md:7:29',
    '- _pages/about.md:7: `Ã¨` → `è` (UTF-8 read as Windows-1252)',
    '- _pages/about.md:7: `Ã»` → `û` (UTF-8 read as Windows-1252)',
  ]);
});
