import type { OutputFile } from './output-file.js';
import { checkPath, StagedOutput } from './staged-output.js';

/**
 * Writes all files into a temporary sibling folder, then swaps it in for `outDir`. Every path is checked
 * before anything touches the disk; a build that fails or is killed part-way leaves the previous output untouched.
 */
export function writeOutput(outDir: string, files: readonly OutputFile[]): void {
  const seen = new Set<string>();
  for (const { path } of files) {
    checkPath(path, seen);
    seen.add(path);
  }
  const staged = StagedOutput.open(outDir);
  try {
    for (const file of files) staged.add(file);
    staged.commit();
  } finally {
    staged.discard();
  }
}
