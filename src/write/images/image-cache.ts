/**
 * The resized-image cache (node_modules/.cache/vita/images in the site) treated as untrusted: a site's
 * repository may ship a tampered cache, or links in it. Vita creates the folders itself and refuses links on
 * the way, writes only new files that it renames into place, and records each variant's SHA-256 so a cached
 * file is used only while its bytes are still the ones Vita made.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { readRegularFile, replaceFile } from '../safe-files.js';

/** What the cache knows about one original: its displayed size and the hash of each variant file by name. */
export interface CacheEntry {
  width: number;
  height: number;
  hashes: Record<string, string>;
}

/**
 * Creates the cache folder under `root` one level at a time; an existing level must be a real folder, not a
 * link (which could send the cache's writes anywhere). Returns the folder, or why it cannot be used.
 */
export function openCacheDir(root: string, parts: readonly string[]): { ok: true; dir: string } | { ok: false; error: string } {
  let dir = root;
  for (const part of parts) {
    dir = join(dir, part);
    try {
      mkdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (!lstatSync(dir).isDirectory()) {
      return { ok: false, error: `the image cache folder ${dir} is a link or a file, and Vita does not write through links (delete it)` };
    }
  }
  return { ok: true, dir };
}

/** SHA-256 of bytes, hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The cache entry for `key`, only when its manifest and every listed file are intact; otherwise undefined. */
export function readCacheEntry(dir: string, key: string): CacheEntry | undefined {
  try {
    const entry = JSON.parse(readRegularFile(join(dir, `${key}.json`)).toString('utf8')) as CacheEntry;
    if (!Number.isInteger(entry.width) || !Number.isInteger(entry.height) || typeof entry.hashes !== 'object' || entry.hashes === null) return undefined;
    for (const [name, hash] of Object.entries(entry.hashes)) {
      if (!/^[a-z0-9.-]+$/.test(name) || sha256(readRegularFile(join(dir, `${key}-${name}`))) !== hash) return undefined;
    }
    return entry;
  } catch {
    // Missing, unreadable, a link, not JSON: the variants are simply made again.
    return undefined;
  }
}

/**
 * Moves freshly made variant files (`<key>-<name>.tmp-…`, created exclusively by the resizer) into place and
 * records their hashes; the manifest goes last, so an interrupted build never leaves one without its files.
 */
export function storeCacheEntry(dir: string, key: string, size: { width: number; height: number }, made: ReadonlyMap<string, string>): CacheEntry {
  const hashes: Record<string, string> = {};
  for (const [name, temp] of [...made].sort(([a], [b]) => (a < b ? -1 : 1))) {
    hashes[name] = sha256(readRegularFile(temp));
    // A rename replaces whatever stands at the name (a planted link included) without following it.
    renameSync(temp, join(dir, `${key}-${name}`));
  }
  const entry = { ...size, hashes };
  replaceFile(join(dir, `${key}.json`), JSON.stringify(entry));
  return entry;
}
