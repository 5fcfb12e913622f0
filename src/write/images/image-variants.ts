import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputFile } from '../output-file.js';
import { openCacheDir, readCacheEntry, storeCacheEntry, type CacheEntry } from './image-cache.js';
import { resizeImages, type ResizeJob } from './resize-child.js';

/** Widths the gallery offers browsers (never wider than the original). */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;
const FORMATS = ['avif', 'webp'] as const;
// Part of every cache key: changing how images are encoded must not reuse old files.
const SETTINGS = 'v1 avif q50 e4, webp q78 e4';

/** One encoded variant of an image. */
export interface Variant {
  format: 'avif' | 'webp';
  width: number;
  /** Site-relative output path, e.g. `assets/images/beach-1a2b3c4d-960.webp`. */
  path: string;
  /** Where the cached file is. */
  cached: string;
  /** The cached file's SHA-256 as recorded when it was made: it is copied only while it still matches. */
  sha256?: string;
}

/** An image ready for <picture>: its displayed size and its variants by format. */
export interface ProcessedImage {
  width: number;
  height: number;
  variants: Variant[];
}

export type ImageOutcome = { ok: true; image: ProcessedImage } | { ok: false; error: string };

/**
 * Makes WebP and AVIF variants of each original (absolute paths) in widths up to the original's, reusing
 * files in the cache made from identical bytes with identical settings, so rebuilds skip sharp entirely.
 * Cached files are used only while their bytes match the hashes recorded when they were made.
 */
export function processImages(originals: readonly string[], root: string, cacheParts: readonly string[]): Map<string, ImageOutcome> {
  const out = new Map<string, ImageOutcome>();
  const cache = openCacheDir(root, cacheParts);
  if (!cache.ok) {
    for (const original of originals) out.set(original, { ok: false, error: cache.error });
    return out;
  }
  const cacheDir = cache.dir;
  const pending: Array<{ original: string; key: string; name: string; job: ResizeJob; temps: Map<string, string> }> = [];
  for (const original of originals) {
    const key = createHash('sha256').update(SETTINGS).update(readFileSync(original)).digest('hex').slice(0, 16);
    const name = baseName(original);
    const entry = readCacheEntry(cacheDir, key);
    if (entry) {
      const image = describe(entry, name, key, cacheDir);
      if (image.variants.every((v) => v.sha256 !== undefined)) {
        out.set(original, { ok: true, image });
        continue;
      }
    }
    // The size is not known before sharp has read the file: ask for every width and let sharp stop at the original's.
    // Each goes to a new file of an unguessable name that the resizer creates exclusively (never through a link).
    const nonce = `${process.pid}-${randomBytes(6).toString('hex')}`;
    const temps = new Map<string, string>();
    const outputs = VARIANT_WIDTHS.flatMap((width) => FORMATS.map((format) => {
      const file = join(cacheDir, `${key}-${width}.${format}.tmp-${nonce}`);
      temps.set(`${width}.${format}`, file);
      return { width, format, file };
    }));
    pending.push({ original, key, name, job: { input: original, outputs }, temps });
  }
  const results = resizeImages(pending.map((p) => p.job));
  pending.forEach((p, i) => {
    const result = results[i]!;
    if (!result.ok) {
      for (const temp of p.temps.values()) rmSync(temp, { force: true });
      out.set(p.original, { ok: false, error: result.error });
      return;
    }
    const entry = storeCacheEntry(cacheDir, p.key, result, p.temps);
    out.set(p.original, { ok: true, image: describe(entry, p.name, p.key, cacheDir) });
  });
  return out;
}

// Variants wider than the original are not made; the original's own width stands in for the first one
// that would be, so a 700 px photo gets 480 and 700 (as the "960" file, which sharp did not enlarge).
function describe(entry: CacheEntry, name: string, key: string, cacheDir: string): ProcessedImage {
  const { width, height } = entry;
  const widths: Array<{ label: number; actual: number }> = [];
  for (const w of VARIANT_WIDTHS) {
    widths.push({ label: w, actual: Math.min(w, width) });
    if (w >= width) break;
  }
  const variants = FORMATS.flatMap((format) => widths.map(({ label, actual }) => ({
    format, width: actual, path: `assets/images/${name}-${key.slice(0, 8)}-${actual}.${format}`, cached: join(cacheDir, `${key}-${label}.${format}`),
    ...(entry.hashes[`${label}.${format}`] ? { sha256: entry.hashes[`${label}.${format}`]! } : {}),
  })));
  return { width, height, variants };
}

function baseName(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? 'image';
  return file.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'image';
}

/** The variants as output files, copied from the cache. */
export function variantFiles(images: Iterable<ProcessedImage>): OutputFile[] {
  const files = new Map<string, OutputFile>();
  for (const image of images) for (const v of image.variants) files.set(v.path, { path: v.path, from: v.cached, ...(v.sha256 ? { sha256: v.sha256 } : {}) });
  return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}
