import { renderToString } from 'preact-render-to-string';
import { GalleryGrid } from '../components/gallery-grid.js';
import { galleryImages } from '../../write/images/gallery-images.js';
import { drawnOf } from '../overrides/prepare-overrides.js';
import type { DirectiveSpec } from './spec.js';

/** `::gallery{limit=N}`: the pictures of data/gallery.yml as a grid. */
export const galleryDirective: DirectiveSpec = {
  name: 'gallery',
  summary: 'pictures from data/gallery.yml',
  options: { limit: 'integer' },
  render: (site, options) => {
    if (!site.gallery) return '';
    const limit = options.limit as number | undefined;
    const images = galleryImages(site.gallery).ready;
    return renderToString(<GalleryGrid items={site.gallery.images} images={images} ui={site.ui} basePath={site.config.basePath}
      drawn={drawnOf(site, 'gallery_item')} {...(limit !== undefined ? { limit } : {})} />);
  },
};
