/**
 * A small HTML tag scanner for `vita check`: start tags with their attributes and offsets, and the text of
 * <title>. It is not a full parser; it reads the well-formed HTML Vita writes (and tolerates the owner's raw
 * HTML) well enough to find links, images, ids and metadata without a runtime dependency.
 */

export interface ScannedAttr {
  /** Decoded value (`&amp;` → `&`); `''` for a bare attribute. */
  value: string;
  /** Offset of the value (or of the name for a bare attribute) in the page text. */
  offset: number;
}

export interface ScannedTag {
  /** Lower-case tag name. */
  name: string;
  /** Offset of the `<`. */
  offset: number;
  attrs: Map<string, ScannedAttr>;
}

export interface ScannedPage {
  tags: ScannedTag[];
  /** Text of the first <title>, entities decoded and whitespace collapsed; undefined when there is none. */
  title?: string;
}

// Elements whose content is text, not markup: a `<a` inside a script is not a link.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** Scans `html` for start tags; comments, doctypes and raw-text element contents are skipped. */
export function scanHtml(html: string): ScannedPage {
  const tags: ScannedTag[] = [];
  let title: string | undefined;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?' || html[lt + 1] === '/') {
      const end = html.indexOf('>', lt + 1);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const nameMatch = /^[a-zA-Z][a-zA-Z0-9-]*/.exec(html.slice(lt + 1, lt + 64));
    if (!nameMatch) {
      i = lt + 1;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    const { attrs, end } = readAttributes(html, lt + 1 + nameMatch[0].length);
    tags.push({ name, offset: lt, attrs });
    i = end;
    if (RAW_TEXT.has(name)) {
      const close = findClose(html, name, i);
      if (name === 'title' && title === undefined) title = decodeEntities(html.slice(i, close)).replace(/\s+/g, ' ').trim();
      i = close;
    }
  }
  return title === undefined ? { tags } : { tags, title };
}

// Reads `name="value"` pairs up to the closing `>`; returns the attributes and the offset after `>`.
function readAttributes(html: string, from: number): { attrs: Map<string, ScannedAttr>; end: number } {
  const attrs = new Map<string, ScannedAttr>();
  let i = from;
  while (i < html.length) {
    while (i < html.length && /[\s/]/.test(html[i]!)) i++;
    if (i >= html.length) break;
    if (html[i] === '>') return { attrs, end: i + 1 };
    const nameStart = i;
    while (i < html.length && !/[\s/>=]/.test(html[i]!)) i++;
    const attrName = html.slice(nameStart, i).toLowerCase();
    while (i < html.length && /\s/.test(html[i]!)) i++;
    if (html[i] !== '=') {
      if (!attrs.has(attrName)) attrs.set(attrName, { value: '', offset: nameStart });
      continue;
    }
    i++;
    while (i < html.length && /\s/.test(html[i]!)) i++;
    const quote = html[i];
    let valueStart: number, valueEnd: number;
    if (quote === '"' || quote === "'") {
      valueStart = i + 1;
      const close = html.indexOf(quote, valueStart);
      valueEnd = close < 0 ? html.length : close;
      i = valueEnd + 1;
    } else {
      valueStart = i;
      while (i < html.length && !/[\s>]/.test(html[i]!)) i++;
      valueEnd = i;
    }
    // The first occurrence wins, as in browsers.
    if (!attrs.has(attrName)) attrs.set(attrName, { value: decodeEntities(html.slice(valueStart, valueEnd)), offset: valueStart });
  }
  return { attrs, end: html.length };
}

function findClose(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}\\s*>`, 'ig');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index : html.length;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references that matter in URLs and titles: the common named ones and numeric ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}
