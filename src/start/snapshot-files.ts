import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * V8 flags the snapshot is made and started with. They are frozen into the blob (another set at run time makes
 * Node exit with code 14). Without allocation-site pretenuring a cold build avoided a slow GC mode seen in 5 of 12
 * measured runs. bin/vita.js reads them back from the key file, so this list is the only place they are written.
 */
export const SNAPSHOT_FLAGS = ['--no-allocation-site-pretenuring'] as const;

/** Where the snapshot of one Vita installation lives, and the files that say what it was made from. */
export interface SnapshotFiles {
  /** Vita's package folder (holding bin/, dist/, theme/). */
  packageRoot: string;
  /** Whether that folder is an installed package (…/node_modules/vita), not a checkout of Vita's repository. */
  installed: boolean;
  /** bin/vita.js, the entry point npm links as the `vita` command. */
  launcher: string;
  /** The CommonJS bundle the snapshot is made from (dist/cli/snapshot.cjs) and its hash file. */
  bundle: string;
  bundleHash: string;
  /** node_modules/.cache/vita/snapshot beside the installation (the same convention as the image cache). */
  dir: string;
  blob: string;
  /** Three lines: the `node` on PATH it was made for, the bundle's path, the V8 flags; last written. */
  key: string;
  /** Empty files whose times bracket the node binary's modification time when the snapshot was made. */
  nodeNotBefore: string;
  nodeNotAfter: string;
  /** Held while a snapshot is being made; a file recording a failed attempt, so it is not retried each run. */
  making: string;
  failed: string;
}

// dist/cli/*.js and src/start/*.ts both sit two folders below the package root.
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The snapshot files of the Vita installation this code belongs to (or of `packageRoot`). */
export function snapshotFiles(packageRoot: string = PACKAGE_ROOT): SnapshotFiles {
  const parent = dirname(packageRoot);
  // An installed package (…/node_modules/vita) shares its project's cache; a checkout keeps its own.
  const installed = basename(parent) === 'node_modules';
  const cache = installed ? join(parent, '.cache') : join(packageRoot, 'node_modules', '.cache');
  const dir = join(cache, 'vita', 'snapshot');
  const bundle = join(packageRoot, 'dist', 'cli', 'snapshot.cjs');
  return {
    packageRoot, installed, launcher: join(packageRoot, 'bin', 'vita.js'), bundle, bundleHash: `${bundle}.sha256`, dir,
    blob: join(dir, 'vita.blob'), key: join(dir, 'vita.key'),
    nodeNotBefore: join(dir, 'node.not-before'), nodeNotAfter: join(dir, 'node.not-after'),
    making: join(dir, 'making'), failed: join(dir, 'failed'),
  };
}
