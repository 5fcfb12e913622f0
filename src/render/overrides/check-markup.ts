// Elements that never have a closing tag.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Elements whose closing tag HTML lets you leave out; a parent's closing tag closes them.
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'rp', 'rt']);
// Elements whose content is text up to their own closing tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** What is wrong with a fragment's tags, and the tag as written (to find it in the template). */
export interface MarkupProblem {
  message: string;
  tag: string;
  /** How many times `tag` appears in the fragment before the problem (0: the problem is at its first). */
  nth: number;
}

/**
 * The first problem with the tag structure of an HTML fragment a template made: a closing tag that closes
 * nothing open in the fragment (it would close Vita's own elements around it), or an element left open
 * (it would swallow what follows). Undefined when the fragment nests properly.
 */
export function markupProblem(html: string): MarkupProblem | undefined {
  const open: string[] = [];
  const seen = new Map<string, number>();
  const found = (message: string, tag: string): MarkupProblem => ({ message, tag, nth: (seen.get(tag.toLowerCase()) ?? 1) - 1 });
  const tags = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^>]*?)?(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = tags.exec(html))) {
    if (m[2] === undefined) continue; // a comment
    const name = m[2].toLowerCase();
    const written = `<${m[1]}${name}`;
    seen.set(written, (seen.get(written) ?? 0) + 1);
    if (m[1] === '/') {
      if (VOID.has(name)) continue;
      const at = open.lastIndexOf(name);
      if (at < 0) return found(`the closing tag </${name}> has no matching <${name}> in the template's output`, `</${name}`);
      const inner = open.slice(at + 1).filter((n) => !OPTIONAL_END.has(n)).pop();
      if (inner) return found(`<${inner}> is not closed before </${name}>`, `<${inner}`);
      open.length = at;
    } else if (!VOID.has(name) && m[3] !== '/') {
      if (RAW_TEXT.has(name)) {
        const end = html.toLowerCase().indexOf(`</${name}`, tags.lastIndex);
        if (end < 0) return found(`<${name}> is never closed`, `<${name}`);
        const close = html.indexOf('>', end);
        tags.lastIndex = close < 0 ? html.length : close + 1;
        continue;
      }
      open.push(name);
    }
  }
  const unclosed = open.filter((n) => !OPTIONAL_END.has(n)).pop();
  return unclosed ? found(`<${unclosed}> is never closed`, `<${unclosed}`) : undefined;
}
