import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { VERSION } from '../../src/cli/version.js';
import { runCli } from '../helpers/site.js';

test('vita --version prints the version of package.json', async () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  assert.equal(VERSION, pkg.version);
  const { code, stdout } = await runCli(['--version']);
  assert.equal(code, 0);
  assert.equal(stdout, `vita ${pkg.version}\n`);
});

test('vita --version --verbose also says how the process started (here: loaded normally, not from a snapshot)', async () => {
  const { code, stdout } = await runCli(['--version', '--verbose']);
  assert.equal(code, 0);
  assert.match(stdout, /^vita \d+\.\d+\.\d+\nstart: normal \(no snapshot: .+\)\n$/);
});
