/**
 * `node dist/cli/make-snapshot.js`: makes Vita's V8 start-up snapshot (offerSnapshot() runs it in the background
 * after a normal start; it can also be run by hand). It says nothing and gives up quietly, recording why in the
 * snapshot folder's `failed` file: without a snapshot Vita simply starts normally.
 */
import { writeFileSync } from 'node:fs';
import { makeSnapshot } from './make-snapshot.js';
import { snapshotFiles } from './snapshot-files.js';

const files = snapshotFiles();
try {
  const failure = makeSnapshot(files, process.env);
  if (failure && failure !== 'busy') writeFileSync(files.failed, `${failure}\n`);
} catch (error) {
  try {
    writeFileSync(files.failed, `${(error as Error).message}\n`);
  } catch {
    // the cache folder cannot be written: nothing to record, and Vita starts normally
  }
}
