import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// theme/ sits at the package root, two levels above both src/render/ and the bundle in dist/cli/.
const THEME_DIR = fileURLToPath(new URL('../../theme/', import.meta.url));

/** A file of Vita's own theme/ folder (`vita.css`, `presets/scholar.css` …), as text. */
export function themeText(name: string): string {
  return readFileSync(THEME_DIR + name, 'utf8');
}

/** A file of Vita's own theme/ folder, as bytes. */
export function themeBytes(name: string): Buffer {
  return readFileSync(THEME_DIR + name);
}
