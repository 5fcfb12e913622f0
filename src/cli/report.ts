import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics } from '../diagnostics/format.js';

/** Formats diagnostics with code frames read from the site folder. */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], root: string, color: boolean): string {
  return formatDiagnostics(diagnostics, {
    color,
    readSource: (file) => {
      try {
        return readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, '');
      } catch {
        return undefined;
      }
    },
  });
}
