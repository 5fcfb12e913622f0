import { codeFrame, sourceLinesReader, visibleControls } from './code-frame.js';
import { compareDiagnostics, location, type Diagnostic } from './diagnostic.js';

export interface FormatOptions {
  /** Reads a site file's text for the code frame; returns undefined when unavailable. */
  readSource?: (file: string) => string | undefined;
  color?: boolean;
}

/** Renders diagnostics as the text the CLI prints: one block per problem, then a summary line. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const paint = painter(options.color ?? false);
  const linesOf = options.readSource ? sourceLinesReader(options.readSource) : undefined;
  const blocks = [...diagnostics].sort(compareDiagnostics).map((d) => {
    const label = d.severity === 'error' ? paint.red('error') : paint.yellow('warning');
    // A message may carry detail lines (e.g. every source of a URL conflict); the rule id ends the first.
    const [first, ...detail] = visibleControls(d.message).split('\n');
    // A location is one line: a newline or tab in a file name is shown too, unlike in a message.
    const where = visibleControls(location(d)).replace(/[\n\t]/g, (c) => (c === '\n' ? '\u240a' : '\u2409'));
    const lines = [`${paint.bold(where)} ${label} ${first} ${paint.dim(`[${d.rule}]`)}`, ...detail];
    const source = d.position ? linesOf?.(d.file) : undefined;
    if (source !== undefined && d.position) lines.push(codeFrame(source, d.position));
    if (d.hint) lines.push(`  ${paint.cyan('hint:')} ${visibleControls(d.hint)}`);
    return lines.join('\n');
  });
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (blocks.length) blocks.push(summary(errors, warnings));
  return blocks.join('\n\n');
}

function summary(errors: number, warnings: number): string {
  const parts = [];
  if (errors) parts.push(`${errors} error${errors === 1 ? '' : 's'}`);
  if (warnings) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return parts.join(', ');
}

function painter(on: boolean) {
  const wrap = (open: number, close: number) => (s: string) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), bold: wrap(1, 22), dim: wrap(2, 22) };
}
