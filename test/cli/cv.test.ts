import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadSiteModel } from '../../src/cv-pdf/site-model.js';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { finished, REPO } from '../build/child-build.js';
import { boldRuns, pdfFonts, pdfInfo, pdfText, squeezed, uriAnnotations } from '../helpers/pdf.js';
import { MINIMAL_SITE_YML, runCli, writeSite } from '../helpers/site.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'vita-cv-'));

async function cv(site: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string; pdf: Buffer }> {
  const out = join(scratch(), 'cv.pdf');
  const run = await runCli(['cv', join(REPO, site), '--out', out, ...args]);
  return { ...run, pdf: existsSync(out) ? readFileSync(out) : Buffer.alloc(0) };
}

async function titles(site: string): Promise<string[]> {
  const model = await loadSiteModel(join(REPO, site), new DiagnosticBag());
  return model!.publications.map((p) => p.title);
}

test('vita cv examples/seed: name in both scripts, every heading and title, the owner in bold, * marks, links', async () => {
  const { code, stdout, stderr, pdf } = await cv('examples/seed');
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^Wrote .*cv\.pdf \(\d+ kB\) in \d+ ms\n$/);
  const text = pdfText(pdf);
  assert.match(text, /^Zeqing Wang 王泽卿\n/);
  for (const heading of ['Education', 'Experience', 'Publications', 'Honours and awards']) assert.match(text, new RegExp(`^${heading}$`, 'm'));
  const pubs = await titles('examples/seed');
  assert.equal(pubs.length, 6);
  for (const title of pubs) assert.ok(squeezed(text).includes(squeezed(title)), title);
  // The owner is first author of five papers and second of one: six bold runs in the list, plus the header's none.
  assert.equal(boldRuns(pdf).filter((run) => run === 'Zeqing Wang').length, 6);
  assert.ok(squeezed(text).includes('ZeqingWang*,ShiyuanZhang*,ChengpeiTangandKezeWang.'));
  assert.ok(squeezed(text).includes('*Equalcontribution'));
  const links = uriAnnotations(pdf);
  for (const url of ['mailto:wangzeqing1005@163.com', 'https://zeqing-wang.github.io/', 'https://github.com/Zeqing-Wang',
    'https://arxiv.org/abs/2311.17331', 'https://doi.org/10.1609/aaai.v38i2.27945']) assert.ok(links.includes(url), url);
  assert.ok(pdfFonts(pdf).some((f) => f.startsWith('NotoSerifCJKsc')), 'the CJK name is set in Noto Serif CJK');
  const info = pdfInfo(pdf);
  assert.equal(info.Title, 'Curriculum Vitae — Zeqing Wang');
  assert.equal(info.Author, 'Zeqing Wang');
  assert.equal(info.Keywords, 'curriculum vitae, Vision-language models, Multi-agent reasoning, Human-body anomaly detection');
  assert.match(info.CreationDate!, /2025 UTC$/);
});

test('vita cv examples/full: every section of data/cv.yml in its order, talks, teaching, page number and name in the footer', async () => {
  const { code, stderr, pdf } = await cv('examples/full');
  assert.equal(code, 0, stderr);
  const text = pdfText(pdf);
  const headings = ['Education', 'Experience', 'Publications', 'Talks', 'Teaching', 'Honours and awards', 'Skills', 'Service', 'Outreach'];
  const at = headings.map((h) => text.search(new RegExp(`^${h}$`, 'm')));
  assert.ok(at.every((i) => i >= 0), `headings found at ${at}`);
  assert.deepEqual([...at].sort((a, b) => a - b), at, 'in the default order');
  for (const title of await titles('examples/full')) assert.ok(squeezed(text).includes(squeezed(title)), title);
  assert.ok(boldRuns(pdf).includes('Mira Okafor,') || boldRuns(pdf).includes('Mira Okafor'));
  assert.match(text, /\nMira Okafor\n\n1\/1\n\n\f$/, 'the footer: the owner\'s name and page 1 of 1');
  // Markdown of data/cv.yml is typeset, not printed: *Ecology* is emphasis.
  assert.ok(squeezed(text).includes('ReviewerforEcologyandMarineEcologyProgressSeries'));
  assert.ok(uriAnnotations(pdf).includes('https://orcid.org/0000-0002-1825-0097'));
});

test('two runs give byte-identical PDFs, in this process and in a fresh one', async () => {
  const first = await cv('examples/seed');
  const second = await cv('examples/seed');
  assert.ok(first.pdf.equals(second.pdf));
  const out = join(scratch(), 'cv.pdf');
  const child = await finished(spawn(process.execPath, ['--import', 'tsx', join(REPO, 'scripts/vita-dev.ts'), 'cv', 'examples/seed', '--out', out],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] }));
  assert.equal(child.code, 0, child.stderr);
  assert.ok(readFileSync(out).equals(first.pdf), 'a fresh process writes the same bytes');
});

test('without a CJK font the CV is not written and the message names the text, its place and a fix', async () => {
  // An empty fontconfig setup hides the system's fonts from the compiler; its built-in Latin fonts remain.
  const dir = scratch();
  writeFileSync(join(dir, 'fonts.conf'), `<?xml version="1.0"?>\n<fontconfig><dir>${join(dir, 'none')}</dir></fontconfig>\n`);
  const out = join(dir, 'cv.pdf');
  const child = await finished(spawn(process.execPath, ['--import', 'tsx', join(REPO, 'scripts/vita-dev.ts'), 'cv', 'examples/seed', '--out', out],
    { cwd: REPO, env: { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf') }, stdio: ['ignore', 'pipe', 'pipe'] }));
  assert.equal(child.code, 1);
  assert.equal(child.stdout, '');
  assert.equal(child.stderr, [
    'Typesetting the CV of examples/seed',
    'site.yml:9:16 error No font has the characters of "王泽卿" in the CV: 王 (U+738B), 泽 (U+6CFD), 卿 (U+537F); the PDF would show empty boxes. [cv-missing-glyph]',
    '   7 | author:',
    '   8 |   name: Zeqing Wang',
    '>  9 |   native_name: 王泽卿',
    '     |                ^',
    '  10 |   name_variants: ["Ze-qing Wang", "Ze-qing WANG", "Wang, Zeqing", "Z. Wang"]',
    '  11 |   avatar: /images/avatar.svg',
    '  hint: Install a font that has these characters (for Chinese, Japanese and Korean: Noto Serif CJK, in Debian the ' +
      'fonts-noto-cjk package), or name one in site.yml, by family or as a font file in the site folder: ' +
      'cv: { fonts: ["Noto Serif CJK SC", fonts/MyFont.otf] }.',
    '',
    '1 error',
    '',
    'The CV has errors; no PDF was written.',
    '',
  ].join('\n'));
  assert.equal(existsSync(out), false);
});

test('the PDF goes to <dir>/_site/cv.pdf by default; --typ writes the Typst source beside it', async () => {
  const root = writeSite({ 'site.yml': MINIMAL_SITE_YML });
  const { code, stdout, stderr } = await runCli(['cv', root, '--typ']);
  assert.equal(code, 0, stderr);
  assert.match(stderr, /^Typesetting the CV of .*vita-test-\w+\n$/);
  assert.ok(readFileSync(join(root, '_site/cv.pdf')).subarray(0, 5).equals(Buffer.from('%PDF-')));
  const typ = readFileSync(join(root, '_site/cv.typ'), 'utf8');
  assert.match(typ, /^\/\/ Curriculum vitae of Ada Lovelace, written by Vita from the site's data\.\n/);
  assert.match(typ, /#cv-header\(\n {2}name: \[Ada Lovelace\],/);
  assert.match(stdout, /and .*_site\/cv\.typ \(\d+ kB\)/);
});

test('wrong usage exits 2 with a message and no stack', async () => {
  const root = writeSite({ 'site.yml': MINIMAL_SITE_YML });
  for (const args of [['cv', root, root], ['cv', root, '--out', 'cv.txt'], ['cv', root, '--paper']]) {
    const { code, stderr } = await runCli(args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, /^vita cv: .*\nRun `vita cv --help` for usage\.\n$/);
  }
  const help = await runCli(['cv', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: vita cv \[dir\] \[options\]\n/);
});

test('with cv: { pdf: true } the build writes /cv.pdf, and the profile\'s CV link to it is a good link', async () => {
  const root = writeSite({
    'site.yml': MINIMAL_SITE_YML + '  links: { cv: /cv.pdf }\ncv: { pdf: true, design: modern }\n',
    'pages/index.md': '---\ntitle: Home\nlayout: home\n---\n\n[My CV](/cv.pdf)\n',
  });
  const { code, stderr } = await runCli(['build', root]);
  assert.equal(stderr, '');
  assert.equal(code, 0);
  const pdf = readFileSync(join(root, '_site/cv.pdf'));
  assert.match(pdfText(pdf), /^Ada Lovelace\n/);
  assert.match(readFileSync(join(root, '_site/index.html'), 'utf8'), /href="\/cv\.pdf"/);
});

test('a static file at /cv.pdf and cv: { pdf: true } are two sources for one URL', async () => {
  const root = writeSite({ 'site.yml': MINIMAL_SITE_YML + 'cv:\n  pdf: true\n', 'static/cv.pdf': '%PDF-1.4 old\n' });
  const { code, stderr } = await runCli(['build', root]);
  assert.equal(code, 1);
  assert.match(stderr, /\/cv\.pdf/);
  assert.match(stderr, /site\.yml:6:8/);
});
