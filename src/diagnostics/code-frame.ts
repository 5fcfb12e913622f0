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
    const text = visibleControls((lines[n - 1] ?? '').replace(/\t/g, ' '));
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

/**
 * Shows control characters as their Unicode pictures (NUL → ␀, ESC → ␛), one column each: text from a
 * site file must never send escape sequences to the user's terminal.
 */
export function visibleControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    return String.fromCharCode(code < 0x20 ? 0x2400 + code : code === 0x7f ? 0x2421 : 0x2426);
  });
}
