import { mkdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OutputFile } from '../write/output-file.js';
import { replaceFile } from '../write/safe-files.js';
import { writeOutput } from '../write/write-output.js';

/** Output paths (relative to the output folder) that a sync wrote or deleted. */
export interface SyncResult {
  written: string[];
  removed: string[];
}

/**
 * Keeps the output folder equal to the latest good build. The first build is written whole (with the
 * usual atomic swap); after that only files whose content changed are written, each by write-then-rename
 * so the server never serves half a file, and files the build no longer makes are deleted.
 */
export class OutputSync {
  private previous: Map<string, OutputFile> | undefined;

  constructor(private readonly outDir: string) {}

  /** Brings the output folder up to date; `sourceChanged` says whether a copied file's source was edited. */
  apply(files: readonly OutputFile[], sourceChanged: (absolutePath: string) => boolean): SyncResult {
    const next = new Map(files.map((f) => [f.path, f]));
    const previous = this.previous;
    if (previous === undefined) {
      writeOutput(this.outDir, files);
      this.previous = next;
      return { written: [...next.keys()].sort(), removed: [] };
    }
    const written: string[] = [];
    for (const [path, file] of next) {
      const old = previous.get(path);
      if (old !== undefined && same(old, file) && !('from' in file && sourceChanged(file.from))) continue;
      this.writeOne(file);
      written.push(path);
    }
    const removed = [...previous.keys()].filter((p) => !next.has(p));
    for (const path of removed) this.removeOne(path);
    this.previous = next;
    return { written: written.sort(), removed: removed.sort() };
  }

  private writeOne(file: OutputFile): void {
    const target = join(this.outDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    replaceFile(target, 'from' in file ? file : file.content);
  }

  private removeOne(path: string): void {
    try {
      unlinkSync(join(this.outDir, path));
    } catch {
      return; // already gone
    }
    // Folders left empty (a page's /old-url/) go too, so the server answers 404 rather than a listing redirect.
    for (let dir = dirname(path); dir !== '.' && dir !== ''; dir = dirname(dir)) {
      try {
        rmdirSync(join(this.outDir, dir));
      } catch {
        break; // not empty
      }
    }
  }
}

// Equal output: the same text or bytes, or a copy of the same source file.
function same(a: OutputFile, b: OutputFile): boolean {
  if ('from' in a || 'from' in b) return 'from' in a && 'from' in b && a.from === b.from;
  if (typeof a.content === 'string' && typeof b.content === 'string') return a.content === b.content;
  if (typeof a.content === 'string' || typeof b.content === 'string') return false;
  return Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength).equals(b.content);
}
