import { closeSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { SiteFolder } from '../load/site-folder.js';
import { walkFiles, type FoundFile } from '../load/walk.js';
import { openRegularFile } from '../write/safe-files.js';
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

/**
 * Splits site.yml's `cv.fonts` into family names and font files (which must be in the site; a folder gives the
 * font files under it). Paths go through the site folder's checks: a link leading outside the site is refused.
 */
export function cvFonts(settings: CvPdfSettings | undefined, root: string): CvFonts {
  const families: string[] = [];
  const paths: string[] = [];
  const bag = new DiagnosticBag();
  const site = new SiteFolder(root);
  for (const entry of settings?.fonts ?? []) {
    const rel = entry.split('\\').join('/');
    const looksLikePath = FONT_FILE.test(entry) || rel.includes('/');
    // A family name that happens to be a name in the site folder too (`Inter`) stays a family name.
    const found = looksLikePath || !/^[\w ]+$/.test(entry) ? site.resolvePath(rel, new DiagnosticBag()) : { kind: 'missing' as const };
    if (!looksLikePath && found.kind === 'missing') {
      families.push(entry);
      continue;
    }
    const checked = site.resolvePath(rel, bag);
    const files = checked.kind === 'file' ? [{ absolute: checked.real, relative: rel }]
      : checked.kind === 'folder' ? walkFiles(site, rel, bag).filter((f) => FONT_FILE.test(f.relative)) : [];
    for (const file of files) if (readable(site, file, bag)) paths.push(file.absolute);
    if (checked.kind === 'missing') {
      bag.add({
        rule: 'cv-font-not-found', severity: 'error', file: settings!.fontsSource.file,
        position: { line: settings!.fontsSource.line, col: settings!.fontsSource.col },
        message: `The font file or folder "${entry}" in cv.fonts does not exist (looked for ${join(root, entry)}).`,
        hint: 'Write a path relative to the site folder, such as fonts/NotoSerifSC-Regular.otf, or a font family name.',
      });
    }
  }
  const diagnostics = bag.items;
  return { families: [LATIN_FONT, ...families, ...CJK_FONTS.filter((f) => !families.includes(f))], paths, diagnostics };
}

// An unreadable font file (permission denied …) is a message naming it, before the compiler is made.
function readable(site: SiteFolder, file: FoundFile, bag: DiagnosticBag): boolean {
  try {
    closeSync(openRegularFile(file.absolute));
    return true;
  } catch (error) {
    site.fault(error, file.relative, bag);
    return false;
  }
}
