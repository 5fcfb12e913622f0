import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isAlive } from '../write/output-lock.js';
import { snapshotFiles, type SnapshotFiles } from './snapshot-files.js';
import { nodeOnPath, snapshotStatus } from './snapshot-status.js';

/**
 * After a normal start (bin/vita.js as JavaScript), makes the start-up snapshot in a background process when
 * there is none for this Vita and this node, so that the next `vita` starts from it. Never waits, never prints.
 */
export function offerSnapshot(env: NodeJS.ProcessEnv = process.env): void {
  if (env.VITA_SNAPSHOT === '0' || env.NODE_OPTIONS || process.platform === 'win32') return;
  try {
    const files = snapshotFiles();
    if (!existsSync(files.bundle) || snapshotStatus(files, env).usable || beingMade(files) || failedBefore(files, env)) return;
    if (!writable(files.dir)) return;
    const maker = join(files.packageRoot, 'dist', 'cli', 'make-snapshot.js');
    // From Vita's folder, not the user's: a process working in a folder keeps it from being unmounted.
    spawn(process.execPath, [maker], { cwd: files.packageRoot, detached: true, stdio: 'ignore', env }).unref();
  } catch {
    // a cache that cannot be looked at means no snapshot, and the normal start
  }
}

function beingMade(files: SnapshotFiles): boolean {
  try {
    const owner = Number(readFileSync(files.making, 'utf8').trim());
    return Number.isInteger(owner) && owner > 0 && isAlive(owner);
  } catch {
    return false;
  }
}

// A failed attempt is not repeated until Vita or node changes: it would fail again, on every command.
function failedBefore(files: SnapshotFiles, env: NodeJS.ProcessEnv): boolean {
  const failed = mtimeMs(files.failed);
  if (failed === undefined) return false;
  const node = nodeOnPath(env);
  return failed >= (mtimeMs(files.bundle) ?? 0) && (!node || failed >= (mtimeMs(node) ?? 0));
}

function mtimeMs(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

// A cache this user cannot write (Vita installed globally by root) would make every command start a maker
// that fails at once, without even a place to record that it failed.
function writable(dir: string): boolean {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(at)) {
      try {
        accessSync(at, constants.W_OK);
        return true;
      } catch {
        return false;
      }
    }
    if (dirname(at) === at) return false;
  }
}
