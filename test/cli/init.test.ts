import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { runCli } from '../helpers/site.js';

test('vita init writes a starter site that builds with no edits', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'vita-init-')), 'my-site');
  const init = await runCli(['init', dir, '--name', "Grace O'Hara: PhD"]);
  assert.equal(init.code, 0);
  assert.match(init.stdout, /^Created a Vita site in .*my-site \(10 files\)\./);
  assert.match(readFileSync(join(dir, 'site.yml'), 'utf8'), /^title: "Grace O'Hara: PhD"$/m);
  const workflow = readFileSync(join(dir, '.github/workflows/pages.yml'), 'utf8');
  assert.match(workflow, /uses: actions\/upload-pages-artifact@v3/);
  assert.match(workflow, /uses: actions\/deploy-pages@v4/);
  // The weekly citation sync is there but off: its schedule is commented out and the job runs only on a schedule.
  const jobs = (parse(workflow) as { on: Record<string, unknown>; jobs: Record<string, { if?: string; steps: { run?: string }[] }> });
  assert.equal(jobs.on.schedule, undefined);
  assert.match(workflow, /^ {2}# schedule:\n {2}# {3}- cron: '17 5 \* \* 1'$/m);
  assert.equal(jobs.jobs.sync!.if, "github.event_name == 'schedule'");
  assert.ok(jobs.jobs.sync!.steps.some((s) => s.run === 'npx vita sync'));
  const build = await runCli(['build', dir]);
  assert.equal(build.stderr, '');
  assert.equal(build.code, 0);
  assert.ok(existsSync(join(dir, '_site/index.html')));
  assert.ok(existsSync(join(dir, '_site/publications/index.html')));
  // Search is on in a new site: the index is built with it.
  assert.ok(existsSync(join(dir, '_site/pagefind/pagefind.js')));
  assert.ok(existsSync(join(dir, '_site/pagefind/pagefind-entry.json')));
});

test('vita init refuses a non-empty folder unless --force, and never overwrites a file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vita-init-'));
  writeFileSync(join(dir, 'site.yml'), 'mine\n');
  const refused = await runCli(['init', dir]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /is not empty\./);
  const forced = await runCli(['init', dir, '--force']);
  assert.equal(forced.code, 0);
  assert.equal(readFileSync(join(dir, 'site.yml'), 'utf8'), 'mine\n');
  assert.ok(existsSync(join(dir, 'pages/index.md')));
});

test('vita init without a folder is a usage error (exit 2)', async () => {
  const r = await runCli(['init']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /expected one folder/);
});
