#!/usr/bin/env node
// Renders the page images of docs/cv.md from real builds: examples/seed's CV in each design, first page, 60 dpi.
// Needs the compiled CLI (`npm run build`) and poppler-utils' pdftoppm. Run: node scripts/cv-images.mjs
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, appendFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'vita-cv-images-'));
for (const design of ['classic', 'modern']) {
  const site = join(scratch, design);
  cpSync(join(root, 'examples/seed'), site, { recursive: true });
  appendFileSync(join(site, 'site.yml'), `cv:\n  design: ${design}\n`);
  const pdf = join(scratch, `${design}.pdf`);
  execFileSync(process.execPath, [join(root, 'bin/vita.js'), 'cv', site, '--out', pdf], { stdio: 'inherit' });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(scratch, design)]);
  renameSync(join(scratch, `${design}.png`), join(root, `docs/images/cv-${design}.png`));
}
