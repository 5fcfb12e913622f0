#!/usr/bin/env node
// Compiles the CLI into dist/cli/ as an esbuild bundle (`npm run build`, and `prepare` on `npm ci`).
// Types are checked separately by `npm run typecheck` (npm test runs both).
//
// Why: loading ~250 separate ES modules (zod alone is 95 files) cost ~0.5 s of every `vita build`; one
// bundle loads in ~0.13 s. Commands stay lazy: each dynamic import becomes its own chunk (splitting).
// dist/cli/ sits two levels below the package root, like src/render/, so a path that code computes
// relative to its own file (theme/ in src/render/theme-assets.ts) resolves the same from the bundle.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cli`;

rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/cli/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Native code and packages Vita loads on demand (require() or import(): undici only behind a proxy, pagefind only
  // for sites with search, the Typst compiler only for the PDF CV) stay in node_modules.
  external: ['sharp', 'shiki', '@shikijs/*', 'katex', 'simple-icons', 'undici', 'pagefind', '@myriaddreamin/*'],
  // Bundled CommonJS dependencies call require() for Node built-ins; ES modules have no require of their own.
  banner: { js: "import { createRequire as __vitaCreateRequire } from 'node:module'; const require = __vitaCreateRequire(import.meta.url);" },
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});
