import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Typst from '@myriaddreamin/typst-ts-node-compiler';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { isFsFault } from '../diagnostics/fs-fault.js';
import { SiteFolder } from '../load/site-folder.js';
import { readRegularFile } from '../write/safe-files.js';
import { typstDiagnostics, type SourceLine, type TypstMessage } from './typst-diagnostics.js';

// The compiler is a native module of ~50 MB: loaded on the first CV, never by a build that makes none.
const require = createRequire(import.meta.url);
let typst: typeof Typst | undefined;

// Creating a compiler scans the system's fonts (~0.4 s); a warm process (the dev server) keeps one per site and
// font list, and later CVs reuse its caches.
const compilers = new Map<string, Typst.NodeCompiler>();

/** What the compiler needs besides the source. */
export interface CompileOptions {
  /** The site folder: the files a design asks for are looked up there. */
  root: string;
  /** Font files (absolute paths, checked by cvFonts) to load besides the system's fonts. */
  fontPaths: readonly string[];
  /** Which file a line of the source comes from, for messages. */
  locate: (line: number) => SourceLine;
}

/** The PDF, or the diagnostics saying why there is none (plus any warnings). */
export interface CompileResult {
  pdf?: Buffer;
  diagnostics: Diagnostic[];
}

// Typst's workspace is a folder that does not exist (a random name in the temporary folder, never created), so the
// compiler reads nothing from disk by itself: each file a design asks for (#image, #read, #include) is looked up
// in the site by Vita, through the same checks as every site file — a link leading outside the site is refused,
// not followed — and handed over. Messages show the names relative to the site.
let workspace: string | undefined;
// Made on first use, not at load: a V8 start-up snapshot would otherwise give every process the same name.
const WORKSPACE = (): string => (workspace ??= join(tmpdir(), `vita-typst-${randomUUID()}`));
const NOT_FOUND = /^file not found \(searched at (.*)\)/;
// A design that asks for more files than this is stopped with Typst's own "file not found".
const MAX_FILES = 200;

/** Compiles a Typst source to PDF in memory; compile errors become diagnostics at the Typst source position. */
export function compileTypst(source: string, options: CompileOptions): CompileResult {
  const compiler = compilerFor(options.root, options.fontPaths);
  const mainPath = join(WORKSPACE(), '__vita_cv__.typ');
  compiler.resetShadow();
  compiler.addSource(mainPath, source);
  const site = new SiteFolder(options.root);
  const refused = new DiagnosticBag();
  for (let handed = 0; ; handed++) {
    const result = compiler.compile({ mainFilePath: mainPath });
    const messages = (error: Typst.NodeError | null): TypstMessage[] =>
      (error ? compiler.fetchDiagnostics(error) as TypstMessage[] : []);
    const errors = messages(result.takeError());
    const wanted = errors.map((m) => NOT_FOUND.exec(m.message)?.[1]).find((p) => p?.startsWith(WORKSPACE() + '/'));
    if (wanted && handed < MAX_FILES && handOver(compiler, site, wanted, refused)) continue;
    const reported = [...errors, ...messages(result.takeWarnings())]
      .map((m) => ({ ...m, message: m.message.split(WORKSPACE() + '/').join('') }));
    // Why a file was refused (a link leading outside the site …), then Typst's "file not found" at the line asking.
    const diagnostics = [...refused.items, ...typstDiagnostics(reported, source, options.locate)];
    const doc = result.result;
    if (!doc || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
    return { pdf: compiler.pdf(doc), diagnostics };
  }
}

// Gives the compiler the site file at `path` (in the workspace), when the site folder's checks let it be read.
function handOver(compiler: Typst.NodeCompiler, site: SiteFolder, path: string, bag: DiagnosticBag): boolean {
  const rel = path.slice(WORKSPACE().length + 1);
  const found = site.resolvePath(rel, bag);
  if (found.kind !== 'file') return false;
  try {
    compiler.mapShadow(path, readRegularFile(found.real));
    return true;
  } catch (error) {
    if (!isFsFault(error)) throw error;
    site.fault(error, rel, bag);
    return false;
  }
}

function compilerFor(root: string, fontPaths: readonly string[]): Typst.NodeCompiler {
  const key = JSON.stringify([root, ...fontPaths]);
  let compiler = compilers.get(key);
  if (compiler) return compiler;
  typst ??= require('@myriaddreamin/typst-ts-node-compiler') as typeof Typst;
  // Font files were checked by cvFonts (ordinary files in the site); read here as such, never a device or a FIFO.
  compiler = typst.NodeCompiler.create({
    workspace: WORKSPACE(),
    fontArgs: fontPaths.length ? [{ fontBlobs: fontPaths.map((f) => readRegularFile(f)) }] : [],
  });
  compilers.set(key, compiler);
  return compiler;
}
