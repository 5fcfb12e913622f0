import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { finished, hashTree, REPO, spawnSourceBuild } from './child-build.js';

// Far-apart time zones and locales that change number, date and case formatting if any of them leaks in.
const ENVS: NodeJS.ProcessEnv[] = [
  { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
];

for (const example of ['seed', 'full']) {
  test(`examples/${example} built twice, in different places, time zones and locales, gives byte-identical trees`, async () => {
    const work = mkdtempSync(join(tmpdir(), 'vita-determinism-'));
    const copies = [join(work, 'one/site'), join(work, 'two/другой сайт')];
    for (const copy of copies) cpSync(join(REPO, 'examples', example), copy, { recursive: true, filter: (src) => !src.includes('_site') });
    const trees = await Promise.all(copies.map(async (copy, i) => {
      const out = join(work, `out-${i}`);
      // The same day for both, so that only time zone and locale differ (posts after "today" are left out).
      const env = { PATH: process.env.PATH, HOME: process.env.HOME, SOURCE_DATE_EPOCH: '1767225600', ...ENVS[i] };
      const result = await finished(spawnSourceBuild([copy, '--out', out], { env }));
      assert.equal(result.code, 0, result.stderr);
      return hashTree(out);
    }));
    const [a, b] = trees as [Map<string, string>, Map<string, string>];
    assert.ok(a.size > 10, `only ${a.size} files built`);
    assert.deepEqual([...a.keys()], [...b.keys()]);
    const differing = [...a].filter(([path, hash]) => b.get(path) !== hash).map(([path]) => path);
    assert.deepEqual(differing, []);
  });
}
