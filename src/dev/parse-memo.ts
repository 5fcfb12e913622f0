import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { splitFrontMatter } from '../load/front-matter.js';
import type { Parsers } from '../load/load-site.js';
import type { SourceText } from '../load/source-text.js';
import { loadYaml } from '../load/yaml.js';

interface Memo<T> {
  text: string;
  result: T;
  diagnostics: Diagnostic[];
}

/**
 * The loader's parsers, remembering each file's last result: a file whose text is unchanged is not
 * parsed again (parsing front matter dominates loading a large site). What the parse reported is
 * replayed, so the build's diagnostics are those of a fresh parse.
 */
export class ParseMemo {
  private readonly markdownMemo = new Map<string, Memo<ReturnType<typeof splitFrontMatter>>>();
  private readonly yamlMemo = new Map<string, Memo<ReturnType<typeof loadYaml>>>();

  /** Parsers to hand to `build({ parsers })`. */
  readonly parsers: Parsers = {
    markdown: (source, bag) => remember(this.markdownMemo, source, bag, splitFrontMatter),
    yaml: (source, bag) => remember(this.yamlMemo, source, bag, loadYaml),
  };
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
