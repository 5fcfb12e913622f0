import type { GalleryImage } from '../../model/gallery.js';
import type { ProcessedImage } from '../../write/images/image-variants.js';
import { formatMonthYear } from '../../i18n/format-date.js';
import type { UiText } from '../../i18n/ui-text.js';
import { renderInlineMarkdown } from './inline-markdown.js';

// The grid shows up to three columns of at most ~22rem; phones show one full-width column.
const SIZES = '(min-width: 56rem) 22rem, (min-width: 36rem) 45vw, 92vw';

function srcset(image: ProcessedImage, format: 'avif' | 'webp', basePath: string): string {
  return image.variants.filter((v) => v.format === format).map((v) => `${basePath}/${v.path} ${v.width}w`).join(', ');
}

function Picture({ item, image, basePath }: { item: GalleryImage; image: ProcessedImage; basePath: string }) {
  const webp = image.variants.filter((v) => v.format === 'webp');
  // The middle size is a sensible default for browsers that ignore srcset.
  const fallback = webp[Math.min(1, webp.length - 1)]!;
  return (
    <picture>
      <source type="image/avif" srcset={srcset(image, 'avif', basePath)} sizes={SIZES} />
      <source type="image/webp" srcset={srcset(image, 'webp', basePath)} sizes={SIZES} />
      <img class="gallery__image" src={`${basePath}/${fallback.path}`} alt={item.alt} width={image.width} height={image.height}
        loading="lazy" decoding="async" />
    </picture>
  );
}

/** The gallery as a responsive grid of figures; pictures are lazy-loaded and sized to avoid layout shift. */
export function GalleryGrid({ items, images, basePath, ui, limit }: {
  items: readonly GalleryImage[];
  /** Processed images by `GalleryImage.path`; items without one are left out. */
  images: ReadonlyMap<string, ProcessedImage>;
  basePath: string;
  ui: UiText;
  limit?: number;
}) {
  const ready = items.filter((i) => images.has(i.path));
  const shown = limit === undefined ? ready : ready.slice(0, limit);
  if (shown.length === 0) return null;
  return (
    <ul class="gallery">
      {shown.map((item) => (
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
