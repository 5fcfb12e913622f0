import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/build.js';
import { FEATURES } from '../../src/features/index.js';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { directiveRegistry } from '../../src/render/directives/registry.js';

test('a static file claiming a citation file\'s URL stops the build before anything is written', async () => {
  const work = mkdtempSync(join(tmpdir(), 'vita-claims-'));
  const root = join(work, 'site');
  cpSync('test/invalid/url-conflict-generated/site', root, { recursive: true });
  const steps: string[] = [];
  const result = await build({ root, log: (line) => steps.push(line) });
  assert.equal(result.ok, false);
  assert.deepEqual(result.diagnostics.filter((d) => d.rule === 'url-conflict').map((d) => d.file), [
    'pages/feed.md', 'static/.vita-output', 'static/assets/katex/fonts/KaTeX_Main-Regular.woff2', 'static/feed.xml',
    'static/publications/lovelace1843/lovelace1843.bib',
  ]);
  // No step wrote: the conflict was known before the temporary output folder would have been made.
  assert.deepEqual(steps.filter((s) => /writ|swap/i.test(s)), []);
  assert.deepEqual(readdirSync(work), ['site']);
  assert.equal(existsSync(join(root, '_site')), false);
});

test('each feature names beforehand exactly the files it then makes', async () => {
  const root = join(mkdtempSync(join(tmpdir(), 'vita-claims-')), 'site');
  cpSync('examples/full', root, { recursive: true, filter: (src) => !src.includes('_site') && !src.includes('node_modules') });
  // A redirect from an old post address, so the posts' redirect pages are among the files too.
  const post = join(root, 'posts/2024-11-02-what-volunteers-see.md');
  mkdirSync(join(root, 'posts'), { recursive: true });
  writeFileSync(post, '---\ntitle: What volunteers see\nredirect_from: /old/volunteers/\n---\n\nText with $x^2$.\n');
  const built = await build({ root, write: false });
  const site = built.site;
  assert.ok(site, built.diagnostics.map((d) => d.message).join('\n'));
  const directives = directiveRegistry(FEATURES.flatMap((f) => f.directives ?? []));
  let named = 0;
  for (const feature of FEATURES) {
    const made: string[] = [...(feature.files?.(site, new DiagnosticBag(), { directives }) ?? [])].map((f) => f.path);
    const claimed: string[] = [...(feature.outputPaths?.(site) ?? [])];
    assert.deepEqual(claimed.sort(), made.sort(), feature.name);
    named += claimed.length;
  }
  assert.ok(named > 20, `${named} files named`);
});
