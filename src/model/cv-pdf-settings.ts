import { positionOf, type YamlFile } from '../load/yaml.js';
import type { CV_DESIGNS, CV_PAPERS } from '../validate/schemas/cv-pdf.js';
import type { SiteRecord } from '../validate/schemas/site.js';
import type { SourceRef } from './source-ref.js';

/** site.yml's `cv:` settings for the PDF CV, with defaults filled in. */
export interface CvPdfSettings {
  /** Write /cv.pdf with every build. */
  pdf: boolean;
  /** One of Vita's designs, or the path (relative to the site) of the owner's own Typst design. */
  design: (typeof CV_DESIGNS)[number] | string;
  paper: (typeof CV_PAPERS)[number];
  /** `#rrggbb`, when site.yml overrides the theme's accent. */
  accent?: string;
  /** Font family names and font files or folders (relative to the site), as written. */
  fonts: string[];
  /** Where `cv.fonts` is written, for messages about a font. */
  fontsSource: SourceRef;
  /** Where `cv.design` is written. */
  designSource: SourceRef;
  /** Where `cv.pdf` is written. */
  pdfSource: SourceRef;
  /** Where the owner's fields printed in the CV's header are written, for messages about their text. */
  authorSources: Partial<Record<CvAuthorField, SourceRef>>;
}

/** The fields of site.yml's `author` that the CV prints in its header. */
export const CV_AUTHOR_FIELDS = ['name', 'native_name', 'position', 'location', 'employer', 'email', 'links'] as const;
export type CvAuthorField = (typeof CV_AUTHOR_FIELDS)[number];

/** The PDF CV settings of site.yml (defaults when there is no `cv:`). */
export function cvPdfSettings(record: SiteRecord, file: YamlFile): CvPdfSettings {
  const cv = record.cv ?? {};
  const where = (key: 'fonts' | 'design' | 'pdf'): SourceRef => {
    const at = positionOf(file, cv[key] !== undefined ? ['cv', key] : record.cv ? ['cv'] : []);
    return { file: file.source.file, line: at.line, col: at.col };
  };
  return {
    pdf: cv.pdf ?? false,
    design: cv.design ?? 'classic',
    paper: cv.paper ?? 'a4',
    ...(cv.accent ? { accent: cv.accent.toLowerCase() } : {}),
    fonts: cv.fonts ?? [],
    fontsSource: where('fonts'),
    designSource: where('design'),
    pdfSource: where('pdf'),
    authorSources: Object.fromEntries(CV_AUTHOR_FIELDS.filter((k) => record.author[k] !== undefined).map((k) => {
      const at = positionOf(file, ['author', k]);
      return [k, { file: file.source.file, line: at.line, col: at.col }];
    })),
  };
}
