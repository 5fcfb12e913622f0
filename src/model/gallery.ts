import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { positionOf, type YamlFile } from '../load/yaml.js';
import { gallerySchema } from '../validate/schemas/gallery.js';
import { validateYaml } from '../validate/zod-diagnostics.js';
import type { SourceRef } from './source-ref.js';

/** One picture of the gallery; `path` is relative to static/. */
export interface GalleryImage {
  path: string;
  alt: string;
  caption?: string;
  date?: string;
  source: SourceRef;
}

/** The gallery, plus the site folder its originals are read from when the resized variants are made. */
export interface Gallery {
  images: GalleryImage[];
  root: string;
}

const RASTER = /\.(jpe?g|png|webp|avif|tiff?)$/i;

/** data/gallery.yml → images in the owner's order; each must be a raster image under static/. */
export function buildGallery(yaml: YamlFile | undefined, staticFiles: readonly string[], root: string, bag: DiagnosticBag): Gallery | undefined {
  if (!yaml) return undefined;
  const records = validateYaml(gallerySchema, yaml, bag);
  if (!records) return undefined;
  const known = new Set(staticFiles);
  const images: GalleryImage[] = [];
  records.forEach((r, i) => {
    const file = yaml.source.file;
    const at = positionOf(yaml, [i, 'image']);
    const path = r.image.replace(/^\/+/, '');
    if (!RASTER.test(path)) {
      bag.error('gallery-image-format', file, at, `The gallery image "${r.image}" is not a JPEG, PNG, WebP, AVIF or TIFF file.`,
        'Gallery pictures are resized to WebP and AVIF; put photos in one of those formats under static/.');
      return;
    }
    if (!known.has(path)) {
      bag.error('gallery-image-missing', file, at, `The gallery image "${r.image}" is not in static/.`,
        `Put the file at static/${path}, or fix the path (it is relative to static/, e.g. /images/moments/a.jpg).`);
      return;
    }
    const alt = r.alt ?? r.caption;
    if (alt === undefined) {
      bag.error('missing-alt', file, positionOf(yaml, [i]), `The gallery image "${r.image}" has neither "alt" nor "caption".`,
        'Add alt: with a few words describing the picture, for people who cannot see it.');
      return;
    }
    const p = positionOf(yaml, [i]);
    images.push({ path, alt, ...(r.caption ? { caption: r.caption } : {}), ...(r.date ? { date: r.date } : {}), source: { file, line: p.line, col: p.col } });
  });
  return { images, root };
}
