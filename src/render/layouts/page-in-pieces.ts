import type { PageContext } from './page-context.js';
import { renderPage } from './render-page.js';

// Stands for the body while the page around it is rendered; a NUL never comes out of the layout otherwise.
const BODY_MARK = '\u0000vita-body\u0000';
const CHUNK = 1 << 20;

/**
 * A page whose body comes in pieces (the list of 10,000 papers), as the UTF-8 bytes `renderPage` would give:
 * the layout is rendered around a mark, and the pieces are encoded one by one into the gap. The ~40 MB body is
 * then never one JavaScript string (80 MB as UTF-16, twice over once it is flattened and encoded).
 */
export function pageInPieces(context: PageContext, parts: Iterable<string>): Uint8Array {
  const html = renderPage({ ...context, bodyHtml: BODY_MARK });
  const at = html.indexOf(BODY_MARK);
  if (at < 0 || html.includes(BODY_MARK, at + 1)) {
    // The owner's own HTML around the body held the mark: render it the plain way.
    let body = '';
    for (const part of parts) body += part;
    return Buffer.from(renderPage({ ...context, bodyHtml: body }));
  }
  return utf8Joined(html.slice(0, at), parts, html.slice(at + BODY_MARK.length));
}

// Encodes into 1 MB chunks, then copies them into one buffer once.
function utf8Joined(before: string, parts: Iterable<string>, after: string): Uint8Array {
  const chunks: Buffer[] = [];
  let chunk = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  let total = 0;
  const add = (text: string) => {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8 (a surrogate pair: 4 for 2).
    if (used + text.length * 3 > chunk.length) {
      chunks.push(chunk.subarray(0, used));
      total += used;
      chunk = Buffer.allocUnsafe(Math.max(CHUNK, text.length * 3));
      used = 0;
    }
    used += chunk.write(text, used);
  };
  add(before);
  for (const part of parts) add(part);
  add(after);
  chunks.push(chunk.subarray(0, used));
  return Buffer.concat(chunks, total + used);
}
