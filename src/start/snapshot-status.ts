import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { launcherUsesShell } from './launcher.js';
import type { SnapshotFiles } from './snapshot-files.js';

/** Whether bin/vita.js will start from the cached snapshot, and if not, why. */
export type SnapshotStatus = { usable: true; flags: string[] } | { usable: false; reason: string };

/** What the key file records: the `node` on PATH the snapshot was made for, the bundle's path, the V8 flags. */
export interface SnapshotKey {
  node: string;
  bundle: string;
  flags: string[];
}

/** The key file's text for `key`. */
export function keyText(key: SnapshotKey): string {
  return `${key.node}\n${key.bundle}\n${key.flags.join(' ')}\n`;
}

/**
 * The checks bin/vita.js makes in sh before it starts from the snapshot, in the same order, and for an installed
 * Vita whether the `vita` command reaches them (its first line), with a reason for the first that fails (for
 * `vita --version --verbose`, and to decide whether to make a new snapshot).
 */
export function snapshotStatus(files: SnapshotFiles, env: NodeJS.ProcessEnv): SnapshotStatus {
  if (env.VITA_SNAPSHOT === '0') return { usable: false, reason: 'turned off (VITA_SNAPSHOT=0)' };
  if (env.NODE_OPTIONS) return { usable: false, reason: 'NODE_OPTIONS is set, and a snapshot starts only with its own flags' };
  if (process.platform === 'win32') return { usable: false, reason: 'the snapshot start needs a POSIX shell' };
  const node = nodeOnPath(env);
  if (!node) return { usable: false, reason: 'no node program on PATH' };
  const lines = readText(files.key)?.split('\n');
  if (!lines || lines.length < 4) return { usable: false, reason: `not made yet (${files.key} is missing)` };
  const [madeFor, bundle, flags] = lines as [string, string, string];
  if (madeFor !== node) return { usable: false, reason: `made for ${madeFor}, but node on PATH is ${node}` };
  if (bundle !== files.bundle) return { usable: false, reason: `made for the Vita in ${bundle}` };
  const key = mtime(files.key);
  if ((mtime(files.bundle) ?? 0n) > key!) return { usable: false, reason: 'Vita was rebuilt or updated after it was made' };
  const nodeTime = mtime(node)!;
  if (nodeTime < (mtime(files.nodeNotBefore) ?? nodeTime + 1n) || nodeTime > (mtime(files.nodeNotAfter) ?? 0n)) {
    return { usable: false, reason: `${node} was replaced (another Node.js version?) after it was made` };
  }
  if (mtime(files.blob) !== key) return { usable: false, reason: `${files.blob} is missing or was changed after it was made` };
  if (files.installed && !launcherUsesShell(files)) {
    return { usable: false, reason: `${files.launcher} is started by node, not by the shell (reinstalled since?)` };
  }
  return { usable: true, flags: flags.split(' ').filter(Boolean) };
}

/** The `node` program a POSIX shell finds on PATH (what `command -v node` prints), if any. */
export function nodeOnPath(env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    // An empty PATH entry means the current folder, which `command -v` prints as ./node; leave that case out.
    if (!dir) continue;
    const candidate = join(dir, 'node');
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here; try the next folder
    }
  }
  return undefined;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function mtime(path: string): bigint | undefined {
  try {
    return statSync(path, { bigint: true }).mtimeNs;
  } catch {
    return undefined;
  }
}
