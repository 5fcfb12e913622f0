import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main.js';

/** Writes a whole small site (path → content) into a new temporary folder and returns its path. */
export function writeSite(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'vita-test-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** A minimal valid site.yml, for tests that are about something else. */
export const MINIMAL_SITE_YML = `title: Test Site
url: https://test.example
author:
  name: Ada Lovelace
`;

/** Runs the `vita` CLI in-process with captured output. */
export async function runCli(args: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  const code = await main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, color: false, cwd });
  return { code, stdout, stderr };
}

/** Every file under `dir` as relative path → bytes, sorted by path. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path, prefix + name + '/');
      else out.set(prefix + name, readFileSync(path));
    }
  };
  walk(dir, '');
  return out;
}
