#!/usr/bin/env node
// Runs every test/**/*.test.ts(x) with node:test through tsx. Node 20's --test takes no globs, so we list files here.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const filters = process.argv.slice(2);
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures' || name === 'invalid-sites') continue;
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.test\.tsx?$/.test(name) && (filters.length === 0 || filters.some((f) => path.includes(f)))) files.push(path);
  }
})('test');

if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
