import { join } from 'node:path';
import type { Gallery } from '../../model/gallery.js';
import { processImages, type ProcessedImage } from './image-variants.js';

/** The gallery's processed images by path, and the originals that could not be read (with why). */
export interface GalleryImages {
  ready: Map<string, ProcessedImage>;
  failed: Array<{ path: string; error: string }>;
}

const memo = new WeakMap<Gallery, GalleryImages>();

/** Where resized images are kept between builds, below the site folder: ignored by version control and the dev watcher alike. */
export const IMAGE_CACHE = ['node_modules', '.cache', 'vita', 'images'] as const;

/**
 * Resizes the gallery's originals once per (immutable) Gallery: the page, the directive and the output
 * files of one build all ask, and a new build brings a new Gallery.
 */
export function galleryImages(gallery: Gallery): GalleryImages {
  let result = memo.get(gallery);
  if (!result) {
    const originals = gallery.images.map((i) => join(gallery.root, 'static', i.path));
    const outcomes = processImages(originals, gallery.root, IMAGE_CACHE);
    result = { ready: new Map(), failed: [] };
    gallery.images.forEach((image, i) => {
      const outcome = outcomes.get(originals[i]!)!;
      if (outcome.ok) result!.ready.set(image.path, outcome.image);
      else result!.failed.push({ path: image.path, error: outcome.error });
    });
    memo.set(gallery, result);
  }
  return result;
}
