import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputFile } from '../output-file.js';
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
 * files in `cacheDir` made from identical bytes with identical settings, so rebuilds skip sharp entirely.
 */
export function processImages(originals: readonly string[], cacheDir: string): Map<string, ImageOutcome> {
  const out = new Map<string, ImageOutcome>();
  const pending: Array<{ original: string; key: string; name: string; job: ResizeJob }> = [];
  for (const original of originals) {
    const key = createHash('sha256').update(SETTINGS).update(readFileSync(original)).digest('hex').slice(0, 16);
    const name = baseName(original);
    const manifest = join(cacheDir, `${key}.json`);
    if (existsSync(manifest)) {
      const size = JSON.parse(readFileSync(manifest, 'utf8')) as { width: number; height: number };
      const image = describe(size.width, size.height, name, key, cacheDir);
      if (image.variants.every((v) => existsSync(v.cached))) {
        out.set(original, { ok: true, image });
        continue;
      }
    }
    // The size is not known before sharp has read the file: ask for every width and let sharp stop at the original's.
    const outputs = VARIANT_WIDTHS.flatMap((width) => FORMATS.map((format) => ({ width, format, file: join(cacheDir, `${key}-${width}.${format}`) })));
    pending.push({ original, key, name, job: { input: original, outputs } });
  }
  if (pending.length > 0) mkdirSync(cacheDir, { recursive: true });
  const results = resizeImages(pending.map((p) => p.job));
  pending.forEach((p, i) => {
    const result = results[i]!;
    if (!result.ok) {
      out.set(p.original, { ok: false, error: result.error });
      return;
    }
    // Written last and renamed into place, so an interrupted build never leaves a manifest without its files.
    const manifest = join(cacheDir, `${p.key}.json`);
    writeFileSync(manifest + '.tmp', JSON.stringify({ width: result.width, height: result.height }));
    renameSync(manifest + '.tmp', manifest);
    out.set(p.original, { ok: true, image: describe(result.width, result.height, p.name, p.key, cacheDir) });
  });
  return out;
}

// Variants wider than the original are not made; the original's own width stands in for the first one
// that would be, so a 700 px photo gets 480 and 700 (as the "960" file, which sharp did not enlarge).
function describe(width: number, height: number, name: string, key: string, cacheDir: string): ProcessedImage {
  const widths: Array<{ label: number; actual: number }> = [];
  for (const w of VARIANT_WIDTHS) {
    widths.push({ label: w, actual: Math.min(w, width) });
    if (w >= width) break;
  }
  const variants = FORMATS.flatMap((format) => widths.map(({ label, actual }) => ({
    format, width: actual, path: `assets/images/${name}-${key.slice(0, 8)}-${actual}.${format}`, cached: join(cacheDir, `${key}-${label}.${format}`),
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
  for (const image of images) for (const v of image.variants) files.set(v.path, { path: v.path, from: v.cached });
  return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}
