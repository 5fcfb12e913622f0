import type { GalleryImage } from '../../model/gallery.js';
import type { ProcessedImage } from '../../write/images/image-variants.js';
import { encodeSitePath } from '../../model/url-encoding.js';
import { formatMonthYear } from '../../i18n/format-date.js';
import type { UiText } from '../../i18n/ui-text.js';
import { renderInlineMarkdown } from './inline-markdown.js';
import { OverrideItem, type DrawnItems } from './override-item.js';

// The grid shows up to three columns of at most ~22rem; phones show one full-width column.
export const GALLERY_SIZES = '(min-width: 56rem) 22rem, (min-width: 36rem) 45vw, 92vw';

/** The `srcset` of a processed image's variants in one format, with the site's base path. */
export function srcset(image: ProcessedImage, format: 'avif' | 'webp', basePath: string): string {
  return image.variants.filter((v) => v.format === format).map((v) => `${basePath}${encodeSitePath('/' + v.path)} ${v.width}w`).join(', ');
}

/** The URL for browsers that ignore srcset: the middle WebP size, a sensible default. */
export function fallbackSrc(image: ProcessedImage, basePath: string): string {
  const webp = image.variants.filter((v) => v.format === 'webp');
  return basePath + encodeSitePath('/' + webp[Math.min(1, webp.length - 1)]!.path);
}

function Picture({ item, image, basePath }: { item: GalleryImage; image: ProcessedImage; basePath: string }) {
  return (
    <picture>
      <source type="image/avif" srcset={srcset(image, 'avif', basePath)} sizes={GALLERY_SIZES} />
      <source type="image/webp" srcset={srcset(image, 'webp', basePath)} sizes={GALLERY_SIZES} />
      <img class="gallery__image" src={fallbackSrc(image, basePath)} alt={item.alt} width={image.width}
        height={image.height}
        loading="lazy" decoding="async" />
    </picture>
  );
}

/**
 * The gallery as a responsive grid of figures; pictures are lazy-loaded and sized to avoid layout shift. `drawn`
 * holds the owner's own drawing of each picture (theme.components.gallery_item), used instead of Vita's.
 */
export function GalleryGrid({ items, images, basePath, ui, limit, drawn }: {
  items: readonly GalleryImage[];
  /** Processed images by `GalleryImage.path`; items without one are left out. */
  images: ReadonlyMap<string, ProcessedImage>;
  basePath: string;
  ui: UiText;
  limit?: number;
  drawn?: DrawnItems<GalleryImage>;
}) {
  const ready = items.filter((i) => images.has(i.path));
  const shown = limit === undefined ? ready : ready.slice(0, limit);
  if (shown.length === 0) return null;
  return (
    <ul class="gallery">
      {shown.map((item) => drawn?.has(item) ? <OverrideItem block="gallery__item" html={drawn.get(item)!} /> : (
        <li class="gallery__item">
          <figure class="gallery__figure">
            <Picture item={item} image={images.get(item.path)!} basePath={basePath} />
            {(item.caption || item.date) && (
              <figcaption class="gallery__caption">
                {item.caption && <span dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(item.caption) }} />}
                {item.date && <time class="gallery__date" dateTime={item.date}>{formatMonthYear(item.date, ui.dates)}</time>}
              </figcaption>
            )}
          </figure>
        </li>
      ))}
    </ul>
  );
}
