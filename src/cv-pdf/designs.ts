import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { describeFsFault, isFsFault } from '../diagnostics/fs-fault.js';
import { SiteFolder } from '../load/site-folder.js';
import { readRegularFile } from '../write/safe-files.js';
import type { CvPdfSettings } from '../model/cv-pdf-settings.js';
import { CV_DESIGNS } from '../validate/schemas/cv-pdf.js';

/** A design's Typst source: page setup, text styles and the `cv-…` functions the CV body calls. */
export interface CvDesignSource {
  name: string;
  source: string;
  /** The owner's design file, relative to the site, when it is not one of Vita's. */
  file?: string;
}

// theme/ sits at the package root, two levels above both src/cv-pdf/ and the bundle in dist/cli/.
const THEME_DIR = fileURLToPath(new URL('../../theme/', import.meta.url));
const builtIn = new Map<string, string>();

/** The design site.yml asks for (Vita's classic by default), or a diagnostic when the owner's file is missing. */
export function loadDesign(settings: CvPdfSettings | undefined, root: string): CvDesignSource | Diagnostic {
  const design = settings?.design ?? 'classic';
  if ((CV_DESIGNS as readonly string[]).includes(design)) {
    let source = builtIn.get(design);
    if (source === undefined) builtIn.set(design, (source = readFileSync(`${THEME_DIR}cv/${design}.typ`, 'utf8')));
    return { name: design, source };
  }
  // The owner's design is a site file like any other: a link leading outside the site is refused, not read.
  const bag = new DiagnosticBag();
  const found = new SiteFolder(root).resolvePath(design, bag);
  if (found.kind === 'file') {
    try {
      return { name: design, source: readRegularFile(found.real).toString('utf8').replace(/^\uFEFF/, ''), file: design };
    } catch (error) {
      if (!isFsFault(error)) throw error;
      const fault = describeFsFault(error, design);
      return { rule: fault.rule, severity: 'error', file: design, message: fault.message, hint: fault.hint };
    }
  }
  const refused = bag.items.find((d) => d.severity === 'error');
  if (refused) return refused;
  const at = settings!.designSource;
  return {
    rule: 'cv-design-not-found', severity: 'error', file: at.file, position: { line: at.line, col: at.col },
    message: `The CV design "${design}" does not exist.`,
    hint: 'Write classic or modern, or the path of a Typst file in the site folder; to start from one of Vita\'s designs, ' +
      'copy node_modules/vita/theme/cv/classic.typ into the site.',
  };
}

/** The theme's accent colour (`--accent` in theme/vita.css), so the PDF matches the website. */
export function themeAccent(): string {
  const css = readFileSync(`${THEME_DIR}vita.css`, 'utf8');
  return /--accent:\s*(#[0-9a-fA-F]{6})\b/.exec(css)?.[1] ?? '#1a5aa6';
}
