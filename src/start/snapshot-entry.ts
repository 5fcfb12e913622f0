/**
 * The entry of dist/cli/snapshot.cjs, the CLI as one CommonJS file. `node --build-snapshot` runs it once to make
 * Vita's V8 start-up snapshot (src/start/make-snapshot.ts): it builds a small site so that the code a build
 * needs is loaded and compiled, and names the function a snapshot-started process runs. Loaded with require()
 * it only exports `main` (the fallback below).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { build } from '../build.js';
import { main } from '../cli/main.js';
import { markSnapshotStart } from './start-kind.js';
import { writeWarmUpSite } from './warm-up-site.js';

export { main };

const bundle = fileURLToPath(import.meta.url);

if (v8.startupSnapshot.isBuildingSnapshot()) {
  const madeFrom = createHash('sha256').update(readFileSync(bundle)).digest('hex');
  v8.startupSnapshot.setDeserializeMainFunction(() => startFromSnapshot(madeFrom));
  void warmUp();
}

async function warmUp(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vita-warm-up-'));
  try {
    writeWarmUpSite(join(dir, 'site'));
    await build({ root: join(dir, 'site'), cwd: dir, outDir: join(dir, 'out'), drafts: false });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// A snapshot-started process has argv [node, ...arguments]: no script name.
function startFromSnapshot(madeFrom: string): void {
  let run = main;
  // bin/vita.js already checked the file times; the bundle's hash settles it (a copy with preserved times).
  if (readHash() === madeFrom) {
    markSnapshotStart(blobPath());
  } else {
    const requireBundle = createRequire(bundle);
    delete requireBundle.cache[bundle];
    run = (requireBundle(bundle) as { main: typeof main }).main;
  }
  // Exiting at once skips tearing the heap down page by page (~40 ms after a 1,000-page build). Nothing is left
  // to do when main resolves (`vita dev` resolves when it stops), and this start is POSIX-only, where stdout and
  // stderr are written synchronously to files, pipes and terminals, so no output is lost.
  void run(process.argv.slice(1)).then((code) => process.exit(code));
}

function readHash(): string | undefined {
  try {
    return readFileSync(`${bundle}.sha256`, 'utf8').trim();
  } catch {
    return undefined;
  }
}

function blobPath(): string {
  const args = process.execArgv;
  const at = args.indexOf('--snapshot-blob');
  return at >= 0 ? args[at + 1]! : (args.find((a) => a.startsWith('--snapshot-blob='))?.slice('--snapshot-blob='.length) ?? '');
}
