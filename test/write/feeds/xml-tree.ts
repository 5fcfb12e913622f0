/**
 * A small, strict XML reader for tests: checks well-formedness (one root, matched and properly nested
 * tags, quoted unique attributes, only the five predefined or numeric entities, no stray `<` or `&`)
 * and returns the element tree. Throws with the offset of the first problem.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /[A-Za-z_:][\w:.-]*/y;
const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

function decode(raw: string, at: number): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '<') throw new Error(`"<" in text or attribute at ${at + i}`);
    if (c !== '&') { out += c; continue; }
    ENTITY.lastIndex = i;
    const m = ENTITY.exec(raw);
    if (!m) throw new Error(`bad entity at ${at + i}: ${raw.slice(i, i + 10)}`);
    const e = m[1]!;
    out += e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'"
      : String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    i += m[0].length - 1;
  }
  return out;
}

/** Parses `xml` or throws when it is not well-formed. */
export function parseXml(xml: string): XmlElement {
  let i = 0;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) throw new Error('unclosed XML declaration');
    i = end + 2;
  }
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (stack.length) stack[stack.length - 1]!.text += decode(text, i);
    else if (text.trim() !== '') throw new Error(`text outside the root element at ${i}`);
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end < 0) throw new Error(`unclosed comment at ${i}`);
      i = end + 3;
      continue;
    }
    if (xml[i + 1] === '/') {
      NAME.lastIndex = i + 2;
      const name = NAME.exec(xml)?.[0];
      const close = xml.indexOf('>', i);
      const open = stack.pop();
      if (!name || !open || open.name !== name || xml.slice(i + 2 + name.length, close).trim() !== '') {
        throw new Error(`mismatched </${name}> at ${i} (open: ${open?.name})`);
      }
      i = close + 1;
      continue;
    }
    NAME.lastIndex = i + 1;
    const name = NAME.exec(xml)?.[0];
    if (!name) throw new Error(`bad tag at ${i}`);
    const el: XmlElement = { name, attrs: {}, children: [], text: '' };
    i += 1 + name.length;
    for (;;) {
      const ws = /\s*/y; ws.lastIndex = i; ws.exec(xml); i = ws.lastIndex;
      if (xml.startsWith('/>', i) || xml[i] === '>') break;
      NAME.lastIndex = i;
      const attr = NAME.exec(xml)?.[0];
      const m = attr ? /^\s*=\s*("([^"]*)"|'([^']*)')/.exec(xml.slice(i + attr.length)) : null;
      if (!attr || !m) throw new Error(`bad attribute at ${i} in <${name}>`);
      if (attr in el.attrs) throw new Error(`duplicate attribute ${attr} in <${name}>`);
      el.attrs[attr] = decode(m[2] ?? m[3] ?? '', i);
      i += attr.length + m[0].length;
    }
    if (stack.length) stack[stack.length - 1]!.children.push(el);
    else if (root) throw new Error(`second root element <${name}> at ${i}`);
    else root = el;
    if (xml.startsWith('/>', i)) i += 2;
    else { i += 1; stack.push(el); }
  }
  if (stack.length) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Direct children of `el` named `name`. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}
