// Promises 1 and 3 for the PDF CV: data values are printed as written, never run as Typst code, and the
// Typst compiler reads nothing from outside the site.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pdfText, squeezed } from '../helpers/pdf.js';
import { REPO } from '../build/child-build.js';
import { attackSite, OUTSIDE_HINT, SITE_YML, vita } from './harness.js';

// Typst ends a line at VT, FF, NEL, U+2028 and U+2029 too: after one, a value copied into the `//` comment that
// opens cv.typ would run as code. `#read` of a file that does not exist makes such a run fail the CV.
const BREAKS = '\v\f\u0085\u2028\u2029';
const CODE = '#read("nothing-here.txt")';

test('a name holding Typst line breaks and code, and ui_text holding code, are printed as written', async () => {
  const name = [...BREAKS].map((b) => `${b}${CODE}`).join(' ');
  const { work, root } = attackSite({
    'site.yml': `title: T\nurl: https://t.example\nauthor:\n  name: ${JSON.stringify(`Ada${name}`)}\n` +
      `ui_text:\n  equal_contribution: 'equal ${CODE} ]'\n  corresponding_author: 'corr #eval("1+1")'\n`,
    'data/publications.yml': '- key: k1\n  title: T\n  authors: ["Ada*", "Bob†"]\n  venue: J\n  year: 2020\n  type: article\n',
  });
  const out = join(work, 'cv.pdf');
  const r = await vita(['cv', root, '--out', out, '--typ'], root, work);
  assert.equal(r.code, 0, r.stderr);
  const typ = readFileSync(join(work, 'cv.typ'), 'utf8');
  for (const line of typ.split(/[\n\v\f\r\u0085\u2028\u2029]/)) assert.doesNotMatch(line, /^\s*#(read|eval)\(/, line);
  const text = squeezed(pdfText(readFileSync(out)));
  assert.ok(text.includes(squeezed(`equal ${CODE} ]`)), text);
  assert.ok(text.includes(squeezed('corr #eval("1+1")')), text);
  assert.ok(text.includes(squeezed(`Ada ${CODE}`)), text);
  assert.ok(existsSync(out));
});

// A copy of Vita's classic design with `extra` appended: the owner's own design, which the site's repository holds.
function designSite(extra: string) {
  const made = attackSite({ 'site.yml': `${SITE_YML}cv:\n  design: cv/mine.typ\n`, 'cv/inside.txt': 'inside-the-site\n' });
  copyFileSync(join(REPO, 'theme/cv/classic.typ'), join(made.root, 'cv/mine.typ'));
  writeFileSync(join(made.root, 'cv/mine.typ'), readFileSync(join(made.root, 'cv/mine.typ'), 'utf8') + extra);
  return made;
}

test('a design reading a file inside the site prints it; one reading a link that leads outside is refused', async () => {
  const ok = designSite('\n#read("cv/inside.txt")\n');
  const good = await vita(['cv', ok.root, '--out', join(ok.work, 'cv.pdf')], ok.root, ok.work);
  assert.equal(good.code, 0, good.stderr);
  assert.match(pdfText(readFileSync(join(ok.work, 'cv.pdf'))), /inside-the-site/);

  const { work, root, secret } = designSite('\n#read("cv/leak.txt")\n');
  symlinkSync(join(secret, 'passwords.txt'), join(root, 'cv/leak.txt'));
  const r = await vita(['cv', root, '--out', join(work, 'cv.pdf')], root, work);
  assert.equal(r.code, 1);
  assert.ok(!existsSync(join(work, 'cv.pdf')));
  assert.ok(r.stderr.includes('cv/leak.txt error This symbolic link points outside the site folder, to ' +
    `<tmp>/secret/passwords.txt. [symlink-outside-site]\n${OUTSIDE_HINT}\n`), r.stderr);
  assert.match(r.stderr, /cv\/mine\.typ:\d+:7 error Typst could not compile the CV: file not found \(searched at cv\/leak\.txt\)\./);
  assert.doesNotMatch(r.stderr, /hunter2|vita-typst-/);
});

test('a design file that is a link to a file outside the site is refused, not read', async () => {
  const { work, root, secret } = attackSite({ 'site.yml': `${SITE_YML}cv:\n  design: mine.typ\n` });
  symlinkSync(join(secret, 'passwords.txt'), join(root, 'mine.typ'));
  const r = await vita(['cv', root, '--out', join(work, 'cv.pdf')], root, work);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, 'Typesetting the CV of .\n' +
    'mine.typ error This symbolic link points outside the site folder, to <tmp>/secret/passwords.txt. [symlink-outside-site]\n' +
    `${OUTSIDE_HINT}\n\n1 error\n\nThe CV has errors; no PDF was written.\n`);
});

test('cv.fonts: a font file linked to /dev/zero or to a secret is refused (it hung the CV), an absolute path is not the site\'s', { timeout: 60_000 }, async () => {
  const { work, root, secret } = attackSite({ 'site.yml': `${SITE_YML}cv:\n  fonts: [fonts/a.ttf, fonts/b.otf, /dev/zero]\n` });
  mkdirSync(join(root, 'fonts'));
  symlinkSync('/dev/zero', join(root, 'fonts/a.ttf'));
  symlinkSync(join(secret, 'passwords.txt'), join(root, 'fonts/b.otf'));
  const r = await vita(['cv', root, '--out', join(work, 'cv.pdf')], root, work);
  assert.equal(r.code, 1);
  assert.deepEqual(r.stderr.split('\n').filter((l) => / error /.test(l)), [
    'fonts/a.ttf error This symbolic link points outside the site folder, to /dev/zero. [symlink-outside-site]',
    'fonts/b.otf error This symbolic link points outside the site folder, to <tmp>/secret/passwords.txt. [symlink-outside-site]',
    'site.yml:6:10 error The font file or folder "/dev/zero" in cv.fonts does not exist (looked for <tmp>/site/dev/zero). [cv-font-not-found]',
  ]);
});
