import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { rawGet } from './http-helpers.js';

function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), color: false, cwd: process.cwd() } };
}

describe('vita dev command', { timeout: 90_000 }, () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'vita-dev-cli-'));
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'site.yml'), 'title: CLI Site\nurl: https://example.org\nauthor:\n  name: Ada Tester\n');
    writeFileSync(join(dir, 'pages/index.md'), '---\ntitle: Home\n---\nHello from the CLI.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('rejects bad options with exit code 2', async () => {
    for (const [args, message] of [
      [['--port', 'abc'], 'vita dev: --port must be a number from 0 to 65535, got "abc"\n'],
      [['--port', '70000'], 'vita dev: --port must be a number from 0 to 65535, got "70000"\n'],
      [['--host', ''], 'vita dev: --host must be a host name or IP address, got ""\n'],
      [['a', 'b'], 'vita dev: expected at most one site folder, got 2\n'],
    ] as const) {
      const { out, io } = capture();
      assert.equal(await main(['dev', ...args], io), 2, args.join(' '));
      assert.equal(out.stderr, message + 'Run `vita dev --help` for usage.\n');
    }
  });

  test('a site that cannot be served exits 1 with the diagnostics', async () => {
    const { out, io } = capture();
    assert.equal(await main(['dev', dir, '--out', dir], io), 1);
    assert.equal(out.stderr, `${dir} error Refusing to write the site to ${dir}: it is the site folder itself. [bad-output-folder]\n` +
      '  hint: Builds replace the whole output folder; use the default <site>/_site or a dedicated folder with --out.\n\n1 error\n');
  });

  test('serves, prints the URL, and stops cleanly on SIGINT', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/vita-dev.ts', 'dev', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no URL printed; stdout: ${stdout} stderr: ${stderr}`)), 60_000);
        child.stdout.on('data', (c) => {
          stdout += c;
          const m = /^Serving (.+) at (http:\/\/127\.0\.0\.1:(\d+)\/) {2}\(drafts shown; Ctrl-C to stop\)$/m.exec(stdout);
          if (m) {
            clearTimeout(t);
            assert.equal(m[1], dir);
            resolve(m[2]!);
          }
        });
      });
      const port = Number(new URL(url).port);
      const res = await rawGet(port, '/');
      assert.equal(res.status, 200);
      assert.match(res.body, /Hello from the CLI\./);
      child.kill('SIGINT');
      assert.equal(await exited, 0);
      assert.ok(stdout.endsWith('\nStopped.\n'), stdout);
      assert.equal(stderr, '');
    } finally {
      child.kill('SIGKILL');
    }
  });
});
