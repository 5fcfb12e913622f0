import * as z from 'zod';
import { dateField } from './common.js';

/** One picture of data/gallery.yml: a file under static/, with words for people who cannot see it. */
export const galleryItemSchema = z.strictObject({
  image: z.string().min(1),
  alt: z.string().optional(),
  caption: z.string().optional(),
  date: dateField.optional(),
});

/** data/gallery.yml */
export const gallerySchema = z.array(galleryItemSchema);

export type GalleryRecord = z.output<typeof galleryItemSchema>;
