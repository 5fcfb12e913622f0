import { renderToString } from 'preact-render-to-string';
import { buildGallery } from '../model/gallery.js';
import { GalleryGrid } from '../render/components/gallery-grid.js';
import { galleryDirective } from '../render/directives/gallery.js';
import { galleryImages } from '../write/images/gallery-images.js';
import { variantFiles } from '../write/images/image-variants.js';
import { drawnOf } from '../render/overrides/prepare-overrides.js';
import type { Feature } from './feature.js';
import { ownPageAt } from './markdown-body.js';

/** The gallery of data/gallery.yml: /gallery/ and `::gallery`, with WebP/AVIF variants made by sharp and cached. */
export const galleryFeature: Feature = {
  name: 'gallery',
  dataFiles: ['gallery'],
  model: ({ loaded }, bag) => {
    const gallery = buildGallery(loaded.data.get('gallery'), loaded.staticFiles, loaded.root, bag);
    return gallery ? { gallery } : {};
  },
  directives: [galleryDirective],
  pages: (site, bag) => {
    const gallery = site.gallery;
    if (!gallery || gallery.images.length === 0) return [];
    const images = galleryImages(gallery);
    for (const failure of images.failed) {
      const item = gallery.images.find((i) => i.path === failure.path)!;
      bag.error('gallery-image-unreadable', item.source.file, { line: item.source.line, col: item.source.col },
        `The gallery image "/${failure.path}" could not be read: ${failure.error}`, 'Check that the file is a complete JPEG, PNG, WebP, AVIF or TIFF image.');
    }
    if (ownPageAt(site, '/gallery/')) return [];
    return [{
      url: '/gallery/', title: site.ui.messages.gallery, source: gallery.images[0]!.source,
      bodyHtml: renderToString(<GalleryGrid items={gallery.images} images={images.ready} basePath={site.config.basePath}
        ui={site.ui} drawn={drawnOf(site, 'gallery_item')} />),
      search: { kind: 'Page' },
    }];
  },
  files: (site) => (site.gallery ? variantFiles(galleryImages(site.gallery).ready.values()) : []),
  // Resized once and remembered: naming the variants early costs nothing later.
  outputPaths: (site) => (site.gallery ? variantFiles(galleryImages(site.gallery).ready.values()).map((f) => f.path) : []),
};
