// Runs every bad-input class in test/invalid/<class>/: builds a copy of its site/ through the CLI and
// compares the exact stderr and exit code with expected.txt and expected-exit.
// UPDATE_GOLDEN=1 rewrites those two files from the current output instead of comparing.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { CLASS_CHECKS } from './class-checks.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';
// Pathological input must finish in bounded time; generous because the machine is shared.
const TIME_LIMIT_MS = 20_000;

const classes = readdirSync(HERE, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(HERE, e.name, 'site')))
  .map((e) => e.name)
  .sort();

for (const name of classes) {
  const dir = join(HERE, name);
  const todoFile = join(dir, 'todo');
  const todo = existsSync(todoFile) ? readFileSync(todoFile, 'utf8').trim() : undefined;
  test(name, todo !== undefined ? { todo } : {}, async () => {
    const work = realpathSync(mkdtempSync(join(tmpdir(), `vita-invalid-${name}-`)));
    const root = join(work, 'site');
    cpSync(join(dir, 'site'), root, { recursive: true });
    const home = join(work, 'home');
    mkdirSync(home);
    const checks = CLASS_CHECKS[name];
    checks?.prepare?.(root, work);
    const args = readArgs(dir, root, home);

    let stdout = '', stderr = '';
    const savedHome = process.env.HOME;
    // The home-folder class refuses `--out <home>`: point HOME at an empty folder so a regression cannot touch the real one.
    process.env.HOME = home;
    const started = performance.now();
    let code: number;
    try {
      code = await main(['build', ...args], { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, color: false, cwd: root });
    } finally {
      process.env.HOME = savedHome;
    }
    const elapsed = performance.now() - started;
    const actual = stderr.split(work).join('<tmp>');

    // A todo class's expectation was made by hand or with a feature not yet wired; UPDATE_GOLDEN leaves it alone.
    if (UPDATE && todo === undefined) {
      writeFileSync(join(dir, 'expected.txt'), actual);
      writeFileSync(join(dir, 'expected-exit'), `${code}\n`);
    }
    assert.equal(actual, readFileSync(join(dir, 'expected.txt'), 'utf8'));
    assert.equal(code, Number(readFileSync(join(dir, 'expected-exit'), 'utf8').trim()));
    assert.ok(elapsed < TIME_LIMIT_MS, `took ${elapsed.toFixed(0)} ms`);
    if (code === 0) assert.match(stdout, /^Built \d+ HTML files \(\d+ files\) into _site in \d+ ms\n$/);
    else assert.equal(stdout, '');
    // A failed build writes nothing: no output folder and no temporary sibling left behind.
    if (code !== 0) assert.deepEqual(readdirSync(work).filter((n) => n !== 'home' && n !== 'site' && !n.startsWith('secret')), []);
    if (code !== 0) assert.deepEqual(readdirSync(root).filter((n) => n === '_site' || n.includes('vita-tmp')), []);
    assert.deepEqual(readdirSync(home), []);
    checks?.after?.(root, work);
  });
}

// One argument per line in `args`; <site> is the copy of site/, <home> the stand-in home folder.
function readArgs(dir: string, root: string, home: string): string[] {
  const file = join(dir, 'args');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((a) => a.replace('<site>', root).replace('<home>', home));
}
