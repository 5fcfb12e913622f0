#!/usr/bin/env node
// Compiles the CLI into dist/cli/ as an esbuild bundle (`npm run build`, and `prepare` on `npm ci`).
// Types are checked separately by `npm run typecheck` (npm test runs both).
//
// Why: loading ~250 separate ES modules (zod alone is 95 files) cost ~0.5 s of every `vita build`; one
// bundle loads in ~0.13 s. Commands stay lazy: each dynamic import becomes its own chunk (splitting).
// dist/cli/ sits two levels below the package root, like src/render/, so a path that code computes
// relative to its own file (theme/ in src/render/theme-assets.ts) resolves the same from the bundle.
import { build, transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cli`;
// Native code and packages Vita loads on demand (require() or import(): undici only behind a proxy, pagefind only
// for sites with search, the Typst compiler only for the PDF CV) stay in node_modules.
const external = ['sharp', 'shiki', '@shikijs/*', 'katex', 'simple-icons', 'undici', 'pagefind', '@myriaddreamin/*'];

rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/cli/main.ts', 'make-snapshot': 'src/start/make-snapshot-main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  // Bundled CommonJS dependencies call require() for Node built-ins; ES modules have no require of their own.
  banner: { js: "import { createRequire as __vitaCreateRequire } from 'node:module'; const require = __vitaCreateRequire(import.meta.url);" },
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});

// The same CLI as one CommonJS file, for the V8 start-up snapshot (src/start/): `node --build-snapshot` runs a
// single script, a snapshot-started process cannot import(), and dist/cli/ sits at the same depth so paths that
// code computes from import.meta.url resolve the same. Its hash lets a cached snapshot tell that it is stale.
const snapshotBundle = `${outdir}/snapshot.cjs`;
await build({
  absWorkingDir: root,
  entryPoints: ['src/start/snapshot-entry.ts'],
  outfile: snapshotBundle,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external,
  // import() of a package becomes require(), which works in a snapshot-started process.
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__vitaImportMetaUrl' },
  // `node --build-snapshot` runs the file without a `module` object, and with a require() that knows only Node's
  // built-in modules (and would stay so in the snapshot): give the file a full one of its own.
  banner: {
    js: "'use strict'; var module = module || { exports: {} }; var require = require('node:module').createRequire(__filename);\n" +
      "const __vitaImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
  },
  legalComments: 'none',
  // Its source stays on the snapshot's heap and is read back on every start: comments and indentation would cost
  // about 1 MB of the blob. Names stay, for readable stack traces.
  minifyWhitespace: true,
  logLevel: 'warning',
});
writeFileSync(snapshotBundle, await asciiOnly(readFileSync(snapshotBundle, 'utf8')));
writeFileSync(`${snapshotBundle}.sha256`, createHash('sha256').update(readFileSync(snapshotBundle)).digest('hex') + '\n');

/**
 * `source` with every character above U+007F written as a \u escape. One such character makes V8 keep the whole
 * source as a two-byte string: the 2 MB bundle took 4 MB of the snapshot, and the blob's size is what a snapshot
 * start pays for. esbuild already escapes strings, identifiers and plain template literals; it leaves characters in
 * regular expression literals (`/[–—]/`), where an escape matches the same character (an astral one is written as
 * its surrogate pair, which plain and `u` regular expressions both read as that one character), and in tagged
 * templates, whose raw text an escape would change: esbuild lowering the templates shows whether any holds one.
 */
async function asciiOnly(source) {
  const wide = /[^\x00-\x7f]/gu;
  const lowered = (await transform(source, { supported: { 'template-literal': false }, logLevel: 'error' })).code;
  if ((lowered.match(wide) ?? []).join('') !== (source.match(wide) ?? []).join('')) {
    throw new Error('snapshot.cjs: a template literal holds a character above U+007F that esbuild did not escape');
  }
  return source.replace(wide, (c) => {
    const code = c.codePointAt(0);
    if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
    const high = 0xd800 + ((code - 0x10000) >> 10);
    const low = 0xdc00 + ((code - 0x10000) & 0x3ff);
    return `\\u${high.toString(16)}\\u${low.toString(16)}`;
  });
}
