import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { launcherUsesShell, NODE_SHEBANG, SHELL_SHEBANG, switchLauncherToShell } from '../../src/start/launcher.js';
import { snapshotFiles } from '../../src/start/snapshot-files.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'vita-launcher-'));
after(() => rmSync(work, { recursive: true, force: true }));

const BODY = "':' //; exec node \"$0\" \"$@\"\nconsole.log('vita');\n";

function packageAt(root: string, text: string): string {
  mkdirSync(join(root, 'bin'), { recursive: true });
  const bin = join(root, 'bin', 'vita.js');
  writeFileSync(bin, text);
  chmodSync(bin, 0o751);
  return bin;
}

test('bin/vita.js ships with the node shebang, so that npm on Windows makes shims that run node', () => {
  // cmd-shim takes the program from the first line: "/bin/sh" there would make vita.cmd run a program Windows lacks.
  assert.equal(readFileSync(join(REPO, 'bin', 'vita.js'), 'utf8').split('\n')[0], NODE_SHEBANG);
  assert.equal(NODE_SHEBANG, '#!/usr/bin/env node');
});

test('an installed Vita switches to the shell start: first line only, same mode, once', () => {
  const root = join(work, 'project', 'node_modules', 'vita');
  const bin = packageAt(root, `${NODE_SHEBANG}\n${BODY}`);
  const files = snapshotFiles(root);
  assert.equal(files.installed, true);
  assert.equal(launcherUsesShell(files), false);
  assert.equal(switchLauncherToShell(files), undefined);
  assert.equal(readFileSync(bin, 'utf8'), `${SHELL_SHEBANG}\n${BODY}`);
  assert.equal(statSync(bin).mode & 0o7777, 0o751);
  assert.equal(launcherUsesShell(files), true);
  const inode = statSync(bin).ino;
  assert.equal(switchLauncherToShell(files), undefined);
  assert.equal(statSync(bin).ino, inode);
});

test('a checkout of Vita keeps its bin/vita.js as it is', () => {
  const root = join(work, 'checkout');
  const bin = packageAt(root, `${NODE_SHEBANG}\n${BODY}`);
  const files = snapshotFiles(root);
  assert.equal(files.installed, false);
  assert.equal(switchLauncherToShell(files), undefined);
  assert.equal(readFileSync(bin, 'utf8'), `${NODE_SHEBANG}\n${BODY}`);
});

test('an entry point that does not start with the node shebang is not rewritten', () => {
  const root = join(work, 'other', 'node_modules', 'vita');
  const bin = packageAt(root, `#!/usr/bin/env -S node --inspect\n${BODY}`);
  assert.equal(switchLauncherToShell(snapshotFiles(root)), `${bin} does not start with "${NODE_SHEBANG}"`);
  assert.equal(readFileSync(bin, 'utf8'), `#!/usr/bin/env -S node --inspect\n${BODY}`);
});
