/**
 * One build at a time per output folder: two `vita build` runs of one site (an editor's save hook and a
 * terminal, or CI jobs sharing a checkout) would otherwise clear each other's temporary folders and race in the
 * swap. The lock is a file made with O_EXCL holding the owner's process id; a lock whose owner is gone is taken
 * over, so a killed build never blocks the next one.
 */
import { closeSync, constants, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { openRegularFile } from './safe-files.js';

const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = constants;
const POLL_MS = 100;
// Made on first wait, not at load: a V8 start-up snapshot is built without SharedArrayBuffer.
let sleeper: Int32Array | undefined;

/** True when the process `pid` is running (a process of another user counts as running). */
export function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock at `path`, waiting (up to `waitMs`) while another live process holds it; returns its release. */
export function acquireLock(path: string, waitMs = 10 * 60_000): () => void {
  const deadline = performance.now() + waitMs;
  let unreadableSince: number | undefined;
  for (;;) {
    try {
      const fd = openSync(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o644);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = ownerOf(path);
    // Our own process holds no lock between builds (a build is synchronous from lock to release): a leftover.
    // A lock without a readable id is either being written this instant or was left half-made: give it a moment.
    if (owner === undefined) unreadableSince ??= performance.now();
    if (owner === undefined ? performance.now() - unreadableSince! > 2000 : owner === process.pid || !isAlive(owner)) {
      rmSync(path, { force: true });
      continue;
    }
    if (performance.now() > deadline) {
      throw Object.assign(new Error(`another Vita build (process ${owner}) is writing here`), { code: 'EBUSY', syscall: 'lock', path });
    }
    Atomics.wait((sleeper ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, POLL_MS);
  }
}

// The lock's name can be planted by the site's repository (a link to /dev/zero would never finish reading):
// only an ordinary file is read, and only as much as a process id takes.
function ownerOf(path: string): number | undefined {
  try {
    const fd = openRegularFile(path);
    const bytes = Buffer.alloc(24);
    let length: number;
    try {
      length = readSync(fd, bytes, 0, bytes.length, 0);
    } finally {
      closeSync(fd);
    }
    const pid = Number(bytes.toString('latin1', 0, length).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
