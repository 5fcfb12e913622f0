import { createRequire } from 'node:module';
import type Katex from 'katex';

// Heavy libraries most builds never touch are loaded on first use, not at start-up: KaTeX only when a
// page has math. Builds are synchronous, so they are required (their CommonJS builds) rather than
// imported. (@retorquere/bibtex-parser cannot be: its CommonJS build needs a dependency that ships ESM only.)
const require = createRequire(import.meta.url);

let katexModule: typeof Katex | undefined;

/** KaTeX, loaded on first call. */
export function katex(): typeof Katex {
  return (katexModule ??= require('katex') as typeof Katex);
}
