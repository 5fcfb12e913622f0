import type { DiagnosticBag, Position } from '../../diagnostics/diagnostic.js';
import { positionInFile, type TextOrigin } from '../../load/text-origin.js';
import type { Site } from '../../model/types.js';
import type { DirectivePage, DirectiveSpec } from '../directives/spec.js';

/** A link or image reference found in a page, checked once every URL of the site is known. */
export interface FoundLink {
  href: string;
  file: string;
  line: number;
  col: number;
  kind: 'link' | 'image';
}

/** What markdown-it's render rules need to know about the page being rendered. */
export interface MarkdownEnv {
  site: Site;
  /** The page being rendered, for directives that read its front matter. */
  page: DirectivePage;
  file: string;
  /** 1-based line of the first body line in the file (after front matter). */
  bodyLine: number;
  /** Where the body's characters are in the file when it is not copied line by line (a YAML block scalar). */
  origin?: TextOrigin;
  /** Body lines, for column lookups in diagnostics. */
  lines: string[];
  bag: DiagnosticBag;
  directives: ReadonlyMap<string, DirectiveSpec>;
  links: FoundLink[];
}

/** A body's lines for `MarkdownEnv.lines`; without a CR in it (nearly always) split on LF alone, not by a regex. */
export function bodyLines(body: string): string[] {
  return body.includes('\r') ? body.split(/\r\n|\r|\n/) : body.split('\n');
}

/** The file position of body line `line` (0-based), column `col` (1-based). */
export function bodyPosition(env: MarkdownEnv, line: number, col: number): Position {
  return env.origin ? positionInFile(env.origin, line, col) : { line: env.bodyLine + line, col };
}
