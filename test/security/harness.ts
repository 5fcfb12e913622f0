// Shared set-up for the attack tests: a small site in a fresh folder beside a "secret" outside it,
// and a CLI run whose stderr shows that folder as <tmp>.
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main.js';

export const SITE_YML = 'title: T\nurl: https://t.example\nauthor:\n  name: Ada\n';

/** A work folder holding `site/` (the given files plus a minimal site.yml and home page) and `secret/`. */
export function attackSite(files: Record<string, string> = {}): { work: string; root: string; secret: string } {
  const work = realpathSync(mkdtempSync(join(tmpdir(), 'vita-security-')));
  const root = join(work, 'site');
  const secret = join(work, 'secret');
  mkdirSync(secret);
  writeFileSync(join(secret, 'passwords.txt'), 'hunter2\n');
  const all = { 'site.yml': SITE_YML, 'pages/index.md': '---\ntitle: Home\n---\n\nHi.\n', ...files };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return { work, root, secret };
}

/** Runs `vita <args>` in-process; stderr and stdout have `work` replaced by <tmp>. */
export async function vita(args: string[], cwd: string, work: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  const code = await main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, color: false, cwd });
  return { code, stdout: stdout.split(work).join('<tmp>'), stderr: stderr.split(work).join('<tmp>') };
}

/** The hint every refused outside link carries. */
export const OUTSIDE_HINT = '  hint: Vita reads only files inside the site, so a build never publishes something it should not; copy the file in instead.';

/** The closing line of a failed default build. */
export const FAILED = 'Build failed; nothing was written (the previous _site/ is untouched).\n';
