// Runs `vita build` in a child process, for tests that need a fresh process: its own environment,
// a preload, or a kill.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTree } from '../helpers/site.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** Starts `vita build` from the sources (through tsx); `preload` modules run before Vita's code. */
export function spawnSourceBuild(args: string[], options: { env?: NodeJS.ProcessEnv; preload?: string[] } = {}): ChildProcess {
  const imports = [...(options.preload ?? []), 'tsx'].flatMap((m) => ['--import', m]);
  return spawn(process.execPath, [...imports, join(REPO, 'scripts/vita-dev.ts'), 'build', ...args], { cwd: REPO, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Starts the installed entry point, `node bin/vita.js build` (needs the compiled dist/, which `npm test` builds first). */
export function spawnInstalledBuild(args: string[]): ChildProcess {
  if (!existsSync(join(REPO, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  return spawn(process.execPath, [join(REPO, 'bin/vita.js'), 'build', ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Waits for a child to end; resolves with its exit code (or signal) and its output. */
export function finished(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  child.stdout?.on('data', (d) => { stdout += d; });
  child.stderr?.on('data', (d) => { stderr += d; });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** sha256 of every file under `dir`, by relative path. */
export function hashTree(dir: string): Map<string, string> {
  return new Map([...readTree(dir)].map(([path, bytes]) => [path, createHash('sha256').update(bytes).digest('hex')]));
}

export { REPO };
