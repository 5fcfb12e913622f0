/** An XML element: name as written (prefix kept, e.g. `arxiv:doi`), attributes, and children in order. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

/** Thrown for text that is not well-formed XML; the message says where. */
export class XmlError extends Error {}

const NAME = /[A-Za-z_][\w.:-]*/y;
const ATTR = /\s*([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/y;

/**
 * Parses the small, well-formed documents the APIs answer with (Atom, DBLP records). Enough XML for those:
 * elements, attributes, text, CDATA, comments, the declaration and a DOCTYPE without an internal subset.
 */
export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt === -1 ? text.length : lt);
    if (chunk) addText(stack, chunk, i);
    if (lt === -1) break;
    i = lt;
    if (text.startsWith('<!--', i)) i = skipPast(text, i, '-->');
    else if (text.startsWith('<![CDATA[', i)) {
      const end = skipPast(text, i, ']]>');
      stack.at(-1)!.children.push(text.slice(i + 9, end - 3));
      i = end;
    } else if (text.startsWith('<?', i)) i = skipPast(text, i, '?>');
    else if (text.startsWith('<!', i)) i = skipPast(text, i, '>');
    else if (text.startsWith('</', i)) {
      const end = skipPast(text, i, '>');
      const name = text.slice(i + 2, end - 1).trim();
      const open = stack.pop();
      if (!open || open === root || open.name !== name) throw new XmlError(`unexpected </${name}> at offset ${i}`);
      i = end;
    } else i = openTag(text, i, stack);
  }
  if (stack.length > 1) throw new XmlError(`<${stack.at(-1)!.name}> is never closed`);
  const top = root.children.filter((c): c is XmlElement => typeof c !== 'string');
  if (top.length !== 1) throw new XmlError(top.length === 0 ? 'no root element' : 'more than one root element');
  return top[0]!;
}

function openTag(text: string, start: number, stack: XmlElement[]): number {
  NAME.lastIndex = start + 1;
  const name = NAME.exec(text)?.[0];
  if (!name) throw new XmlError(`malformed tag at offset ${start}`);
  const el: XmlElement = { name, attrs: {}, children: [] };
  let i = NAME.lastIndex;
  for (;;) {
    ATTR.lastIndex = i;
    const m = ATTR.exec(text);
    if (!m) break;
    el.attrs[m[1]!] = decodeEntities(m[3] ?? m[4] ?? '');
    i = ATTR.lastIndex;
  }
  while (/\s/.test(text[i] ?? '')) i++;
  stack.at(-1)!.children.push(el);
  if (text.startsWith('/>', i)) return i + 2;
  if (text[i] !== '>') throw new XmlError(`malformed tag <${name}> at offset ${start}`);
  stack.push(el);
  return i + 1;
}

function addText(stack: XmlElement[], chunk: string, offset: number): void {
  if (stack.length === 1) {
    if (chunk.trim()) throw new XmlError(`text outside the root element at offset ${offset}`);
    return;
  }
  stack.at(-1)!.children.push(decodeEntities(chunk));
}

function skipPast(text: string, from: number, marker: string): number {
  const end = text.indexOf(marker, from);
  if (end === -1) throw new XmlError(`unterminated markup at offset ${from}`);
  return end + marker.length;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** The first child element called `name`. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** Every child element called `name`. */
export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return (el?.children ?? []).filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The text inside an element and its descendants, whitespace collapsed. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (e: XmlElement) => e.children.forEach((c) => (typeof c === 'string' ? parts.push(c) : walk(c)));
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
