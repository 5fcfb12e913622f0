import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Site, SourceRef } from '../model/types.js';
import { compileTypst } from './compile.js';
import { loadDesign, themeAccent } from './designs.js';
import { documentDate } from './document-date.js';
import { cvTypstSource } from './document.js';
import { CJK_FONTS, cvFonts } from './fonts.js';
import { missingGlyphDiagnostics } from './missing-glyphs.js';
import { charactersWithGlyphs } from './pdf-unicode.js';
import type { AuthorSources } from './sections/header.js';

/** What a CV needs besides the site model. */
export interface CvPdfOptions {
  /** The site folder. */
  root: string;
  /** `SOURCE_DATE_EPOCH`, when set: the PDF's date. */
  sourceDateEpoch?: string;
  /** How messages name the Typst source; `onDisk` when it was written there (then messages show a code frame). */
  typFile?: { file: string; onDisk: boolean };
  /** The last result for this site: returned again, without compiling, when the Typst source is the same. */
  previous?: CvPdfResult;
}

/** The CV's Typst source, the PDF when it compiled without errors, and every problem found. */
export interface CvPdfResult {
  typ: string;
  pdf?: Buffer;
  diagnostics: Diagnostic[];
}

/** Writes the CV as Typst from the site model and compiles it to a PDF in memory. */
export function makeCvPdf(site: Site, options: CvPdfOptions): CvPdfResult {
  const settings = site.cvPdf;
  const fonts = cvFonts(settings, options.root);
  const design = loadDesign(settings, options.root);
  if ('rule' in design) return { typ: '', diagnostics: [...fonts.diagnostics, design] };
  const accent = settings?.accent ?? themeAccentOf(site);
  const look = { design, paper: settings?.paper ?? 'a4', fonts: fonts.families, accent } as const;
  const date = documentDate(site, options.sourceDateEpoch);
  const { source, texts, designLine } = cvTypstSource(site, look, date, authorSources(site));
  if (options.previous?.typ === source) return options.previous;
  if (fonts.diagnostics.length) return { typ: source, diagnostics: fonts.diagnostics };
  const typFile = options.typFile ?? { file: 'cv.typ', onDisk: false };
  const designLines = design.source.trimEnd().split('\n').length;
  const locate = (line: number) => (design.file !== undefined && line >= designLine && line < designLine + designLines
    ? { file: design.file, line: line - designLine + 1, onDisk: true, owners: true }
    : { file: typFile.file, line, onDisk: typFile.onDisk, owners: false });
  const compiled = compileTypst(source, { root: options.root, fontPaths: fonts.paths, locate });
  // Vita's own fallback list names fonts a machine may not have; only the owner's own font names are worth a word.
  const diagnostics = compiled.diagnostics
    .filter((d) => !CJK_FONTS.some((f) => d.message.includes(`unknown font family: ${f.toLowerCase()}`)))
    .map((d) => (d.message.includes('unknown font family') && settings ? fontWarning(d, settings.fontsSource) : d));
  if (!compiled.pdf) return { typ: source, diagnostics };
  const missing = missingGlyphDiagnostics(texts, charactersWithGlyphs(compiled.pdf));
  if (missing.length) return { typ: source, diagnostics: [...diagnostics, ...missing] };
  return { typ: source, pdf: compiled.pdf, diagnostics };
}

// cv.accent, else the site theme's accent (site.yml theme: or its preset), else the default theme's.
function themeAccentOf(site: Site): string {
  return site.theme?.colours.light['accent'] ?? themeAccent();
}

// A font family of cv.fonts that is not installed: said at cv.fonts, where it can be fixed.
function fontWarning(d: Diagnostic, at: SourceRef): Diagnostic {
  const family = /unknown font family: (.*?)\.?$/.exec(d.message.split('\n')[0]!)?.[1] ?? '';
  return {
    rule: 'cv-unknown-font', severity: 'warning', file: at.file, position: { line: at.line, col: at.col },
    message: `The font "${family}" named in cv.fonts is not installed; the CV is set without it.`,
    hint: 'Install the font, or name a font file in the site folder instead (e.g. fonts/MyFont.otf).',
  };
}

function authorSources(site: Site): AuthorSources {
  return (key) => site.cvPdf?.authorSources[key] ?? { file: 'site.yml', line: 1, col: 1 };
}
