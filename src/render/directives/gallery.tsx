import { renderToString } from 'preact-render-to-string';
import { GalleryGrid } from '../components/gallery-grid.js';
import { galleryImages } from '../../write/images/gallery-images.js';
import type { DirectiveSpec } from './spec.js';

/** `::gallery{limit=N}`: the pictures of data/gallery.yml as a grid. */
export const galleryDirective: DirectiveSpec = {
  name: 'gallery',
  summary: 'pictures from data/gallery.yml',
  options: { limit: 'integer' },
  render: (site, options) => {
    if (!site.gallery) return '';
    const limit = options.limit as number | undefined;
    return renderToString(<GalleryGrid items={site.gallery.images} images={galleryImages(site.gallery).ready} ui={site.ui} basePath={site.config.basePath}
      {...(limit !== undefined ? { limit } : {})} />);
  },
};
