import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DataText } from './typst-text.js';

// Characters that are not drawn with a glyph of their own: spaces, controls, format characters, combining marks
// (shaped together with the letter before them) and variation selectors.
const NOT_DRAWN = /[\p{White_Space}\p{Cc}\p{Cf}\p{Mn}\p{Me}]/u;

const HINT = 'Install a font that has these characters (for Chinese, Japanese and Korean: Noto Serif CJK, in Debian ' +
  'the fonts-noto-cjk package), or name one in site.yml, by family or as a font file in the site folder: ' +
  'cv: { fonts: ["Noto Serif CJK SC", fonts/MyFont.otf] }.';

/** One error per data value holding characters that no font of the PDF has, at the value's source. */
export function missingGlyphDiagnostics(texts: readonly DataText[], covered: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const { text, source } of texts) {
    const missing = [...new Set([...text].filter((c) => !NOT_DRAWN.test(c) && !covered.has(c)))];
    const key = `${source.file}:${source.line}:${source.col}:${text}`;
    if (missing.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const listed = missing.slice(0, 6).map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
    const more = missing.length > 6 ? ` and ${missing.length - 6} more` : '';
    out.push({
      rule: 'cv-missing-glyph', severity: 'error', file: source.file,
      ...(source.line !== undefined ? { position: { line: source.line, col: source.col } } : {}),
      message: `No font has the characters of "${text}" in the CV: ${listed.join(', ')}${more}; the PDF would show empty boxes.`,
      hint: HINT,
    });
  }
  return out;
}
