/**
 * libyaml (which Jekyll uses) does not check the indentation of the continuation lines of a quoted
 * scalar or a flow collection; the YAML reader Vita uses does. This indents such lines under the line
 * that opened the construct, which leaves every value as libyaml read it: a quoted scalar folds its
 * line breaks and drops the leading spaces of its lines, and a flow collection ignores them.
 */

/** `text` with under-indented continuation lines of quoted scalars and flow collections indented. */
export function indentContinuations(text: string): string {
  const lines = text.split('\n');
  let quote: '"' | "'" | undefined;
  let depth = 0;
  let openIndent = 0;
  for (let l = 0; l < lines.length; l++) {
    let line = lines[l]!;
    const indent = /^[ ]*/.exec(line)![0].length;
    if ((quote || depth > 0) && line.trim() && indent <= openIndent) {
      line = ' '.repeat(openIndent + 1) + line.slice(indent);
      lines[l] = line;
    } else if (!quote && depth === 0) openIndent = indent;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quote === '"') {
        if (c === '\\') i++;
        else if (c === '"') quote = undefined;
      } else if (quote === "'") {
        if (c === "'" && line[i + 1] === "'") i++;
        else if (c === "'") quote = undefined;
      } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
      else if ((c === '"' || c === "'") && startsScalar(line, i, depth)) quote = c;
      else if ((c === '[' || c === '{') && startsScalar(line, i, depth)) depth++;
      else if ((c === ']' || c === '}') && depth > 0) depth--;
    }
  }
  return lines.join('\n');
}

// A quote or bracket opens a scalar or collection only where a value can start: at the start of the
// line, after `key: `, `- `, `? `, or inside a flow collection after `[`, `{` or `,`.
function startsScalar(line: string, i: number, depth: number): boolean {
  const before = line.slice(0, i).trimEnd();
  if (!before) return true;
  if (/(^|\s)[-?]$/.test(before) || /:$/.test(before)) return true;
  return depth > 0 && /[[{,]$/.test(before);
}
