import { createRequire } from 'node:module';
import type Katex from 'katex';
import type * as BibtexParser from '@retorquere/bibtex-parser';

// Heavy libraries most builds never touch are loaded on first use, not at start-up: KaTeX only when a
// page has math. The render steps are synchronous, so KaTeX is required (its CommonJS build).
// @retorquere/bibtex-parser cannot be required (its CommonJS build needs a dependency that ships ESM only),
// so build() imports it between its steps, and only when publications.bib or a title needs it.
const require = createRequire(import.meta.url);

let katexModule: typeof Katex | undefined;

/** KaTeX, loaded on first call. */
export function katex(): typeof Katex {
  return (katexModule ??= require('katex') as typeof Katex);
}

let bibtexParserModule: typeof BibtexParser | undefined;

/** Imports @retorquere/bibtex-parser (about 1 MB of code with its dependencies) once; `bibtexParser()` then returns it. */
export async function loadBibtexParser(): Promise<void> {
  bibtexParserModule ??= await import('@retorquere/bibtex-parser');
}

/** @retorquere/bibtex-parser, which `loadBibtexParser()` must have loaded. */
export function bibtexParser(): typeof BibtexParser {
  if (!bibtexParserModule) throw new Error('internal: the BibTeX parser is used before loadBibtexParser() loaded it');
  return bibtexParserModule;
}
