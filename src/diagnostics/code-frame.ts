import type { Position } from './diagnostic.js';

/**
 * A few lines of source around `pos` with a caret under the column, like a compiler prints.
 * Tabs are shown as single spaces so the caret lines up. `source` may be the file's text or its lines.
 */
export function codeFrame(source: string | readonly string[], pos: Position, context = 2): string {
  const lines = typeof source === 'string' ? splitLines(source) : source;
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

/** A file's lines, split as positions count them (CRLF, CR and LF each end a line). */
export function splitLines(source: string): string[] {
  return source.split(/\r\n|\r|\n/);
}

/**
 * Wraps `readSource` so that each file is read and split into lines once however many problems it has:
 * a 10,000-entry bibliography with 270 warnings was otherwise read 270 times.
 */
export function sourceLinesReader(readSource: (file: string) => string | undefined): (file: string) => readonly string[] | undefined {
  const cache = new Map<string, readonly string[] | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      const text = readSource(file);
      cache.set(file, text === undefined ? undefined : splitLines(text));
    }
    return cache.get(file);
  };
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
