import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { VERSION } from '../cli/version.js';
import { isAlive } from '../write/output-lock.js';
import { switchLauncherToShell } from './launcher.js';
import { SNAPSHOT_FLAGS, type SnapshotFiles } from './snapshot-files.js';
import { keyText, nodeOnPath } from './snapshot-status.js';

const MAKE_TIMEOUT_MS = 120_000;

/**
 * Makes Vita's V8 start-up snapshot of `files.bundle` for the node on PATH into `files.dir`, tries it, and only then
 * puts it in place and lets an installed Vita's `vita` command start through the shell. Returns why it was not made
 * or not switched on ('busy' while another process makes it), or undefined.
 */
export function makeSnapshot(files: SnapshotFiles, env: NodeJS.ProcessEnv): string | undefined {
  const node = nodeOnPath(env);
  // The shell starts whichever node PATH gives; a snapshot made by another would not load in it.
  if (!node || statSync(node).ino !== statSync(process.execPath).ino) return 'this node is not the one on PATH';
  mkdirSync(files.dir, { recursive: true });
  if (!takeLock(files.making)) return 'busy';
  const temp = `${files.blob}.tmp-${process.pid}`;
  try {
    rmSync(files.key, { force: true });
    const made = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', temp, '--build-snapshot', files.bundle],
      { stdio: 'ignore', timeout: MAKE_TIMEOUT_MS, env: { ...env, NODE_OPTIONS: '' } });
    if (made.status !== 0) return `node --build-snapshot exited with ${made.status ?? made.signal}`;
    // Start it once before trusting it: a snapshot that fails to load would fail every later command.
    const tried = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', temp, '--', '--version'],
      { encoding: 'utf8', timeout: MAKE_TIMEOUT_MS, env: { ...env, NODE_OPTIONS: '' } });
    if (tried.status !== 0 || tried.stdout !== `vita ${VERSION}\n`) return 'the new snapshot did not start';
    const nodeTime = statSync(node).mtimeMs / 1000;
    stamp(files.nodeNotBefore, Math.floor(nodeTime));
    stamp(files.nodeNotAfter, Math.floor(nodeTime) + 1);
    renameSync(temp, files.blob);
    writeFileSync(`${files.key}.tmp-${process.pid}`, keyText({ node, bundle: files.bundle, flags: [...SNAPSHOT_FLAGS] }));
    // The blob and its key share one time, whole seconds after the bundle's: bin/vita.js compares the three.
    const time = Math.ceil(statSync(files.blob).mtimeMs / 1000) + 1;
    utimesSync(files.blob, time, time);
    utimesSync(`${files.key}.tmp-${process.pid}`, time, time);
    renameSync(`${files.key}.tmp-${process.pid}`, files.key);
    rmSync(files.failed, { force: true });
    return switchLauncherToShell(files);
  } finally {
    rmSync(temp, { force: true });
    rmSync(files.making, { force: true });
  }
}

function stamp(path: string, seconds: number): void {
  writeFileSync(path, '');
  utimesSync(path, seconds, seconds);
}

// One maker at a time; a lock left by a maker that died is taken over.
function takeLock(path: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeFileSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return true;
    } catch {
      const owner = Number(safeRead(path).trim());
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) return false;
      rmSync(path, { force: true });
    }
  }
  return false;
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

