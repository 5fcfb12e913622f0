import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from '../../src/build.js';

// The whole built seed site is compared byte for byte with test/golden/seed/.
// After an intended change to the output, regenerate with: UPDATE_GOLDEN=1 node scripts/test.mjs test/golden
const repo = fileURLToPath(new URL('../../', import.meta.url));
const goldenDir = join(repo, 'test/golden/seed');

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

test('examples/seed builds to exactly the golden output', async () => {
  const result = await build({ root: join(repo, 'examples/seed'), write: false });
  assert.deepEqual(result.diagnostics.map((d) => `${d.file}:${d.position?.line}:${d.position?.col} ${d.message}`), []);
  assert.equal(result.ok, true);
  const actual = new Map<string, Buffer>();
  for (const file of result.files) {
    actual.set(file.path, 'from' in file ? readFileSync(file.from) : Buffer.from(file.content));
  }
  if (process.env.UPDATE_GOLDEN === '1') {
    rmSync(goldenDir, { recursive: true, force: true });
    for (const [path, bytes] of actual) {
      mkdirSync(dirname(join(goldenDir, path)), { recursive: true });
      writeFileSync(join(goldenDir, path), bytes);
    }
  }
  assert.deepEqual([...actual.keys()].sort(), listFiles(goldenDir).sort());
  for (const [path, bytes] of actual) {
    const expected = readFileSync(join(goldenDir, path));
    if (!bytes.equals(expected)) assert.equal(bytes.toString('utf8'), expected.toString('utf8'), `${path} differs from the golden file`);
  }
});
