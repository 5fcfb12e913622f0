/** Where the text that replaces a Liquid construct goes: its own lines, or in place within a line. */
import type { Edit } from './edits.js';
import type { LiquidNode } from './liquid-parse.js';

/** The text a construct became; `block` when it must stand on lines of its own (a directive, a list). */
export interface Piece {
  text: string;
  block: boolean;
}

/**
 * The edit that puts `piece` in place of `node`. A construct alone on its line(s) replaces those whole lines;
 * a block piece always gets lines of its own with blank lines around, and a stock `<ul>` wrapped around a loop
 * goes with it.
 */
export function placeEdit(node: LiquidNode, piece: Piece, text: string): Edit {
  let start = node.start, end = node.end;
  const ulBefore = /<ul>\s*$/.exec(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
  const ulAfter = /^\s*<\/ul>/.exec(text.slice(end));
  if (piece.block && ulBefore && ulAfter) {
    start -= ulBefore[0].length;
    end += ulAfter[0].length;
  }
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  const alone = !text.slice(lineStart, start).trim() && !text.slice(end, lineEnd).trim();
  if (alone) {
    const stop = nl < 0 ? text.length : nl + 1;
    return { start: lineStart, end: stop, text: wholeLines(piece) };
  }
  return { start, end, text: piece.block ? `\n\n${piece.text.trim()}\n\n` : piece.text };
}

function wholeLines(piece: Piece): string {
  if (!piece.text.trim()) return '';
  if (piece.block) return `\n${piece.text.trim()}\n\n`;
  return piece.text.replace(/^\n+/, '') + (piece.text.endsWith('\n') ? '' : '\n');
}
