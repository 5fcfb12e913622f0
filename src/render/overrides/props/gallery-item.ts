import { formatMonthYear } from '../../../i18n/format-date.js';
import type { GalleryImage } from '../../../model/gallery.js';
import type { Site } from '../../../model/types.js';
import { galleryImages } from '../../../write/images/gallery-images.js';
import { fallbackSrc, GALLERY_SIZES, srcset } from '../../components/gallery-grid.js';
import { renderInlineMarkdown } from '../../components/inline-markdown.js';
import { withBase } from '../../components/site-url.js';
import { orNull, type Props } from './common.js';

/** The documented keys of `photo`, in the order docs/theming.md lists them. */
export const GALLERY_ITEM_KEYS = ['url', 'alt', 'caption', 'caption_html', 'date', 'date_label', 'width', 'height', 'src',
  'srcset', 'srcset_avif', 'sizes'] as const;

/** The pictures of the gallery that can be shown: those whose resized variants were made. */
export function shownGalleryImages(site: Site): readonly GalleryImage[] {
  const gallery = site.gallery;
  if (!gallery) return [];
  const ready = galleryImages(gallery).ready;
  return gallery.images.filter((image) => ready.has(image.path));
}

/** `photo`: one picture of the gallery, with the resized WebP and AVIF files Vita made of it. */
export function galleryItemProps(photo: GalleryImage, site: Site): Props {
  const { basePath } = site.config;
  const image = galleryImages(site.gallery!).ready.get(photo.path)!;
  return {
    url: withBase(basePath, `/${photo.path}`),
    alt: photo.alt,
    caption: orNull(photo.caption),
    caption_html: photo.caption ? renderInlineMarkdown(photo.caption) : null,
    date: orNull(photo.date),
    date_label: photo.date ? formatMonthYear(photo.date, site.ui.dates) : null,
    width: image.width,
    height: image.height,
    src: fallbackSrc(image, basePath),
    srcset: srcset(image, 'webp', basePath),
    srcset_avif: srcset(image, 'avif', basePath),
    sizes: GALLERY_SIZES,
  };
}
