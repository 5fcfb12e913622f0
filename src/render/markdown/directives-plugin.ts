import type { MarkdownIt, StateBlock } from 'markdown-it';
import { parseDirectiveLine, type DirectiveCall } from './directive-syntax.js';

/** Container directive names that render as callouts. */
export const CALLOUTS = ['note', 'tip', 'important', 'warning', 'caution'] as const;

/**
 * Adds generic directives to markdown-it: `::name{…}` alone on a line (leaf) and `:::name … :::`
 * (container). Tokens carry the call and its line; rendering and checking happen in render rules.
 */
export function directivesPlugin(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'vita_container', containerRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.block.ruler.before('paragraph', 'vita_leaf', leafRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
}

// Both rules are tried at every line of every paragraph; a directive's first character after the indent is a
// colon, so any other line is turned away before it is copied and parsed.
function startsWithColon(state: StateBlock, line: number): boolean {
  return state.src.charCodeAt(state.bMarks[line]! + state.tShift[line]!) === 0x3a;
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]! - Math.min(state.tShift[line]!, 3), state.eMarks[line]!);
}

function leafRule(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4 || !startsWithColon(state, startLine)) return false;
  const call = parseDirectiveLine(lineText(state, startLine));
  if (!call || call.colons !== 2) return false;
  if (silent) return true;
  const token = state.push('vita_directive', '', 0);
  token.map = [startLine, startLine + 1];
  token.meta = { call: call as DirectiveCall };
  token.block = true;
  state.line = startLine + 1;
  return true;
}

function containerRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4 || !startsWithColon(state, startLine)) return false;
  const call = parseDirectiveLine(lineText(state, startLine));
  if (!call || call.colons < 3) return false;
  if (silent) return true;
  const fence = call.colons;
  let line = startLine + 1;
  let closed = false;
  for (; line < endLine; line++) {
    if (state.sCount[line]! < state.blkIndent) break;
    const text = state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]!);
    const m = /^(:{3,})\s*$/.exec(text);
    if (m && m[1]!.length === fence) {
      closed = true;
      break;
    }
  }
  const open = state.push('vita_container_open', 'div', 1);
  open.map = [startLine, line];
  open.meta = { call: call as DirectiveCall, closed, fence };
  open.block = true;
  const oldParent = state.parentType, oldLineMax = state.lineMax;
  state.parentType = 'container' as typeof state.parentType;
  state.lineMax = line;
  state.md.block.tokenize(state, startLine + 1, line);
  state.parentType = oldParent;
  state.lineMax = oldLineMax;
  const close = state.push('vita_container_close', 'div', -1);
  close.block = true;
  state.line = closed ? line + 1 : line;
  return true;
}
