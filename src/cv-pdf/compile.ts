import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Typst from '@myriaddreamin/typst-ts-node-compiler';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { typstDiagnostics, type SourceLine, type TypstMessage } from './typst-diagnostics.js';

// The compiler is a native module of ~50 MB: loaded on the first CV, never by a build that makes none.
const require = createRequire(import.meta.url);
let typst: typeof Typst | undefined;

// Creating a compiler scans the system's fonts (~0.4 s); a warm process (the dev server) keeps one per site and
// font list, and later CVs reuse its caches.
const compilers = new Map<string, Typst.NodeCompiler>();

/** What the compiler needs besides the source. */
export interface CompileOptions {
  /** The site folder: the workspace Typst may read files from. */
  root: string;
  /** Font files and folders (absolute paths) to load besides the system's fonts. */
  fontPaths: readonly string[];
  /** Which file a line of the source comes from, for messages. */
  locate: (line: number) => SourceLine;
}

/** The PDF, or the diagnostics saying why there is none (plus any warnings). */
export interface CompileResult {
  pdf?: Buffer;
  diagnostics: Diagnostic[];
}

/** Compiles a Typst source to PDF in memory; compile errors become diagnostics at the Typst source position. */
export function compileTypst(source: string, options: CompileOptions): CompileResult {
  const compiler = compilerFor(options.root, options.fontPaths);
  const mainPath = join(options.root, '__vita_cv__.typ');
  compiler.addSource(mainPath, source);
  const result = compiler.compile({ mainFilePath: mainPath });
  const messages = (error: Typst.NodeError | null): TypstMessage[] =>
    (error ? compiler.fetchDiagnostics(error) as TypstMessage[] : []);
  const reported = [...messages(result.takeError()), ...messages(result.takeWarnings())];
  const diagnostics = typstDiagnostics(reported, source, options.locate);
  const doc = result.result;
  if (!doc || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return { pdf: compiler.pdf(doc), diagnostics };
}

function compilerFor(root: string, fontPaths: readonly string[]): Typst.NodeCompiler {
  const key = JSON.stringify([root, ...fontPaths]);
  let compiler = compilers.get(key);
  if (compiler) return compiler;
  typst ??= require('@myriaddreamin/typst-ts-node-compiler') as typeof Typst;
  const folders = fontPaths.filter((p) => statSync(p, { throwIfNoEntry: false })?.isDirectory());
  const files = fontPaths.filter((p) => !folders.includes(p));
  compiler = typst.NodeCompiler.create({
    workspace: root,
    fontArgs: [
      ...(folders.length ? [{ fontPaths: [...folders] }] : []),
      ...(files.length ? [{ fontBlobs: files.map((f) => readFileSync(f)) }] : []),
    ],
  });
  compilers.set(key, compiler);
  return compiler;
}
