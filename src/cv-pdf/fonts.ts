import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CvPdfSettings } from '../model/cv-pdf-settings.js';

/** Latin text is set in a font built into the Typst compiler, so it looks the same on every machine. */
export const LATIN_FONT = 'Libertinus Serif';

/**
 * Tried after the owner's fonts for Chinese, Japanese and Korean text, when installed (Debian's fonts-noto-cjk,
 * Adobe's Source Han). Simplified Chinese forms first; Typst falls back to any installed font after these.
 */
export const CJK_FONTS = ['Noto Serif CJK SC', 'Source Han Serif SC', 'Noto Sans CJK SC', 'Source Han Sans SC'];

/** The fonts of a CV: family names in the order Typst tries them, and font files or folders to load. */
export interface CvFonts {
  families: string[];
  paths: string[];
  diagnostics: Diagnostic[];
}

const FONT_FILE = /\.(ttf|otf|ttc|otc)$/i;

/** Splits site.yml's `cv.fonts` into family names and font files or folders (which must exist in the site). */
export function cvFonts(settings: CvPdfSettings | undefined, root: string): CvFonts {
  const families: string[] = [];
  const paths: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const entry of settings?.fonts ?? []) {
    const path = isAbsolute(entry) ? entry : join(root, entry);
    const looksLikePath = FONT_FILE.test(entry) || entry.includes('/') || entry.includes('\\');
    if (looksLikePath || (existsSync(path) && !/^[\w ]+$/.test(entry))) {
      if (existsSync(path)) paths.push(path);
      else {
        diagnostics.push({
          rule: 'cv-font-not-found', severity: 'error', file: settings!.fontsSource.file,
          position: { line: settings!.fontsSource.line, col: settings!.fontsSource.col },
          message: `The font file or folder "${entry}" in cv.fonts does not exist (looked for ${path}).`,
          hint: 'Write a path relative to the site folder, such as fonts/NotoSerifSC-Regular.otf, or a font family name.',
        });
      }
    } else families.push(entry);
  }
  return { families: [LATIN_FONT, ...families, ...CJK_FONTS.filter((f) => !families.includes(f))], paths, diagnostics };
}
