import { snapshotFiles } from './snapshot-files.js';
import { snapshotStatus } from './snapshot-status.js';
import { startKind } from './start-kind.js';

/** One line for `vita --version --verbose`: which start this process used, and why not the snapshot. */
export function startDescription(env: NodeJS.ProcessEnv = process.env): string {
  const kind = startKind();
  if (kind.kind === 'snapshot') return `start: from the V8 start-up snapshot ${kind.blob}`;
  const files = snapshotFiles();
  const status = snapshotStatus(files, env);
  const notThroughShell = files.installed ? 'this process was not started through the vita command'
    : 'a checkout of Vita starts from it only as `sh bin/vita.js`';
  const why = status.usable ? `a snapshot is ready, but ${notThroughShell}` : status.reason;
  return `start: normal (no snapshot: ${why})`;
}
