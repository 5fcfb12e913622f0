import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { splitFrontMatter } from '../load/front-matter.js';
import type { Parsers } from '../load/load-site.js';
import { readSource } from '../load/read-source.js';
import type { SourceText } from '../load/source-text.js';
import { loadYaml } from '../load/yaml.js';

interface Memo<T> {
  text: string;
  result: T;
  diagnostics: Diagnostic[];
}

interface ReadMemo {
  source: SourceText | undefined;
  diagnostics: Diagnostic[];
}

/**
 * The loader's read and parse steps, remembering each file's last result. Reading and parsing every
 * file dominates a rebuild of a large site; with the watcher saying which files changed, the rest are
 * neither read nor parsed again. Parses are keyed by the text itself, so they are never stale; reads
 * are dropped by `invalidate`. Whatever a step reported is replayed, so a build reports exactly what a
 * fresh one would.
 */
export class ParseMemo {
  private readonly reads = new Map<string, ReadMemo>();
  private readonly markdownMemo = new Map<string, Memo<ReturnType<typeof splitFrontMatter>>>();
  private readonly yamlMemo = new Map<string, Memo<ReturnType<typeof loadYaml>>>();

  /** Steps to hand to `build({ parsers })`. */
  readonly parsers: Parsers = {
    read: (absolute, relative, bag) => {
      let entry = this.reads.get(relative);
      if (entry === undefined) {
        const own = new DiagnosticBag();
        entry = { source: readSource(absolute, relative, own), diagnostics: own.items };
        this.reads.set(relative, entry);
      }
      for (const d of entry.diagnostics) bag.add(d);
      return entry.source;
    },
    markdown: (source, bag) => remember(this.markdownMemo, source, bag, splitFrontMatter),
    yaml: (source, bag) => remember(this.yamlMemo, source, bag, loadYaml),
  };

  /** Forgets what was read from these root-relative paths, and from everything under them (folders); '' is all. */
  invalidate(paths: readonly string[]): void {
    for (const path of paths) {
      if (path === '') return void this.reads.clear();
      this.reads.delete(path);
      for (const key of this.reads.keys()) if (key.startsWith(path + '/')) this.reads.delete(key);
    }
  }
}

function remember<T>(memo: Map<string, Memo<T>>, source: SourceText, bag: DiagnosticBag, parse: (source: SourceText, bag: DiagnosticBag) => T): T {
  let entry = memo.get(source.file);
  if (entry === undefined || entry.text !== source.text) {
    const own = new DiagnosticBag();
    entry = { text: source.text, result: parse(source, own), diagnostics: own.items };
    memo.set(source.file, entry);
  }
  for (const d of entry.diagnostics) bag.add(d);
  return entry.result;
}
