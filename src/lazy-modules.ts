import { createRequire } from 'node:module';
import type Katex from 'katex';
import type * as BibtexParser from '@retorquere/bibtex-parser';
import type * as LiquidJs from 'liquidjs';
import type * as Pagefind from 'pagefind';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

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

let liquidModule: typeof LiquidJs | undefined;

/** Imports liquidjs once, for sites with component overrides; `liquidjs()` then returns it. */
export async function loadLiquid(): Promise<void> {
  // The bundle takes liquidjs's CommonJS build, whose exports arrive as `default`; tsx takes its ES module.
  const loaded = (liquidModule ??= await import('liquidjs')) as typeof LiquidJs & { default?: typeof LiquidJs };
  if (typeof loaded.Liquid !== 'function' && loaded.default) liquidModule = loaded.default;
}

/** liquidjs, which `loadLiquid()` must have loaded. */
export function liquidjs(): typeof LiquidJs {
  if (!liquidModule) throw new Error('internal: liquidjs is used before loadLiquid() loaded it');
  return liquidModule;
}

/**
 * Pagefind's Node API, imported on first use (only sites with search need it). Its package exports an ES module
 * for `import` only; a process started from Vita's snapshot cannot import() (its bundle turns import() into
 * require()), so there the module file is required by path, which Node ≥ 20.19 allows for ES modules.
 */
export async function loadPagefind(): Promise<typeof Pagefind> {
  try {
    return await import('pagefind');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw error;
    const file = (require.resolve.paths('pagefind') ?? []).map((dir) => join(dir, 'pagefind', 'lib', 'index.js')).find((f) => existsSync(f));
    if (!file) throw error;
    return require(file) as typeof Pagefind;
  }
}
