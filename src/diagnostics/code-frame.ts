import type { Position } from './diagnostic.js';

/**
 * A few lines of source around `pos` with a caret under the column, like a compiler prints.
 * Tabs are shown as single spaces so the caret lines up.
 */
export function codeFrame(source: string, pos: Position, context = 2): string {
  const lines = source.split(/\r\n|\r|\n/);
  const first = Math.max(1, pos.line - context);
  const last = Math.min(lines.length, pos.line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = (lines[n - 1] ?? '').replace(/\t/g, ' ');
    const marker = n === pos.line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(width)} | ${truncate(text)}`.trimEnd());
    if (n === pos.line) {
      const caretCol = Math.min(Math.max(pos.col, 1), 120);
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(caretCol - 1)}^`);
    }
  }
  return out.join('\n');
}

// Very long lines (minified HTML, pathological input) would swamp the terminal.
function truncate(text: string): string {
  return text.length > 160 ? text.slice(0, 157) + '...' : text;
}
