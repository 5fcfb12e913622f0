import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { SourceText } from './source-text.js';
import { loadFlatYaml, type YamlFile } from './yaml.js';

/** A Markdown file split into its front matter (parsed, with positions) and its body. */
export interface MarkdownFile {
  source: SourceText;
  /** Undefined when the file has no front matter or it failed to parse (then a diagnostic was added). */
  frontMatter?: YamlFile;
  hasFrontMatter: boolean;
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
}

const OPEN = /^---[ \t]*(\r\n|\r|\n)/;
const CLOSE = /(^|\r\n|\r|\n)(---|\.\.\.)[ \t]*(\r\n|\r|\n|$)/g;

/** Splits `---` front matter from a Markdown file and parses it as YAML, keeping file positions. */
export function splitFrontMatter(source: SourceText, bag: DiagnosticBag): MarkdownFile {
  const text = source.text;
  const open = OPEN.exec(text);
  if (!open) return { source, hasFrontMatter: false, body: text, bodyLine: 1 };
  CLOSE.lastIndex = open[0].length - 1;
  const close = CLOSE.exec(text);
  if (!close) {
    bag.error('front-matter-unclosed', source.file, { line: 1, col: 1 }, 'The front matter that starts here is never closed.',
      'End the front matter with a line holding only `---`.');
    return { source, hasFrontMatter: true, body: '', bodyLine: 1 };
  }
  const yamlEnd = close.index + close[1]!.length;
  // Replace the opening `---` with a comment so offsets in the YAML are offsets in the file.
  const yamlText = '#--' + text.slice(3, yamlEnd);
  // Most front matter is flat `key: value` lines: a scanner reads those without the yaml package (see flat-yaml.ts).
  const frontMatter = loadFlatYaml(new SourceText(source.file, yamlText), bag);
  const bodyStart = close.index + close[0].length;
  const bodyLine = source.lineOf(bodyStart);
  return { source, ...(frontMatter ? { frontMatter } : {}), hasFrontMatter: true, body: text.slice(bodyStart), bodyLine };
}
