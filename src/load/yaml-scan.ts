// Plain-text scans of YAML source that the parser cannot do for us: where tabs and brackets are.

/** Deeper flow nesting than this is refused before parsing (see loadYaml). */
export const MAX_FLOW_DEPTH = 100;

/** 1-based column of the first tab in the leading whitespace of the line holding `offset`, if there is one. */
export function tabIndent(text: string, offset: number): number | undefined {
  const start = offset <= 0 ? 0 : Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  let i = start;
  while (text[i] === ' ' || text[i] === '\t') {
    if (text[i] === '\t') return i - start + 1;
    i++;
  }
  return undefined;
}

/**
 * Offset of the first [ or { that opens more than MAX_FLOW_DEPTH nested flow collections, skipping quoted
 * strings and comments. A quote counts only where a YAML token can start, so `it's` is not a quote.
 */
export function tooDeepFlow(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const prev = i === 0 ? '\n' : text[i - 1]!;
    if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (c === '#' && /\s/.test(prev)) {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if ((c === '"' || c === "'") && /[\s[{,:?-]/.test(prev)) {
      for (i++; i < text.length && text[i] !== c; i++) if (c === '"' && text[i] === '\\') i++;
    }
  }
  return undefined;
}

/** Where the unclosed [ or { before `from` starts: the parser notices only at the next line that does not fit. */
export function openingBracket(text: string, from: number): number | undefined {
  let depth = 0;
  for (let i = Math.min(from, text.length) - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ']' || c === '}') depth++;
    else if (c === '[' || c === '{') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}
