import * as z from 'zod';

/** The CV designs Vita ships (theme/cv/<design>.typ). */
export const CV_DESIGNS = ['classic', 'modern'] as const;
/** Paper sizes, as Typst names them. */
export const CV_PAPERS = ['a4', 'us-letter'] as const;

/** `cv:` in site.yml: the typeset PDF CV (`vita cv`, and /cv.pdf with every build when `pdf: true`). */
export const cvPdfSchema = z.strictObject({
  pdf: z.boolean().optional().describe('Write /cv.pdf with every build (default false; `vita cv` always can)'),
  design: z.union([
    z.enum(CV_DESIGNS),
    z.string().regex(/\.typ$/, 'must be classic, modern, or a Typst file in the site such as cv/my-design.typ'),
  ])
    .optional().describe('Look of the PDF CV: classic (default), modern, or your own Typst design file in the site'),
  paper: z.enum(CV_PAPERS).optional().describe('Page size: a4 (default) or us-letter'),
  accent: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb, e.g. #1a5aa6').optional()
    .describe('Accent colour of the PDF CV (default: the theme\'s accent)'),
  fonts: z.array(z.string().min(1)).optional()
    .describe('Fonts for text the built-in Latin font lacks (e.g. Chinese): family names, or font files and folders in the site'),
});
