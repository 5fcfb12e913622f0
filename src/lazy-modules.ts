import { createRequire } from 'node:module';
import type Katex from 'katex';
import type * as BibtexParser from '@retorquere/bibtex-parser';

// Heavy libraries most builds never touch are loaded on first use, not at start-up: KaTeX only when a
// page has math, the full BibTeX parser only for LaTeX the fast converter does not know. Builds are
// synchronous, so they are required (their CommonJS builds) rather than imported.
const require = createRequire(import.meta.url);

let katexModule: typeof Katex | undefined;
let bibtexModule: typeof BibtexParser | undefined;

/** KaTeX, loaded on first call. */
export function katex(): typeof Katex {
  return (katexModule ??= require('katex') as typeof Katex);
}

/** @retorquere/bibtex-parser, loaded on first call. */
export function bibtexParser(): typeof BibtexParser {
  return (bibtexModule ??= require('@retorquere/bibtex-parser') as typeof BibtexParser);
}
