import { chmodSync, closeSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { SnapshotFiles } from './snapshot-files.js';

/**
 * The first line bin/vita.js ships with. npm on Windows makes `vita.cmd` and `vita.ps1` from a bin's first line
 * (package cmd-shim): this one makes them run `node bin/vita.js`, where `#!/bin/sh` would make them run a /bin/sh
 * that plain Windows does not have.
 */
export const NODE_SHEBANG = '#!/usr/bin/env node';

/** The first line that makes the `vita` command go through the shell lines of bin/vita.js, which start the snapshot. */
export const SHELL_SHEBANG = '#!/bin/sh';

/** Whether bin/vita.js of this Vita is started by the shell (its first line is SHELL_SHEBANG). */
export function launcherUsesShell(files: SnapshotFiles): boolean {
  const start = Buffer.alloc(SHELL_SHEBANG.length + 1);
  let fd: number | undefined;
  try {
    fd = openSync(files.launcher, 'r');
    const read = readSync(fd, start, 0, start.length, 0);
    return start.subarray(0, read).toString('latin1') === `${SHELL_SHEBANG}\n`;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Makes the `vita` command of an installed Vita start through the shell: bin/vita.js gets SHELL_SHEBANG as its
 * first line, the rest byte for byte as shipped. A new file renamed over the old one, with its mode: the bin links
 * npm made keep pointing at it, and a package manager's shared store (pnpm's hard links) is never written to. Returns
 * why it could not, or undefined. A Vita that is not installed (a checkout) is left alone: bin/vita.js is its
 * source, and `sh bin/vita.js` starts it the same way.
 */
export function switchLauncherToShell(files: SnapshotFiles): string | undefined {
  if (!files.installed || launcherUsesShell(files)) return undefined;
  const text = readFileSync(files.launcher, 'utf8');
  if (!text.startsWith(`${NODE_SHEBANG}\n`)) return `${files.launcher} does not start with "${NODE_SHEBANG}"`;
  const temp = `${files.launcher}.tmp-${process.pid}`;
  try {
    writeFileSync(temp, SHELL_SHEBANG + text.slice(NODE_SHEBANG.length));
    chmodSync(temp, statSync(files.launcher).mode & 0o7777);
    renameSync(temp, files.launcher);
    return undefined;
  } catch (error) {
    return `${files.launcher} could not be switched to the shell start: ${(error as Error).message}`;
  } finally {
    rmSync(temp, { force: true });
  }
}
