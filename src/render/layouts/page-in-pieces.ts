import type { PageContext } from './page-context.js';
import { renderPage } from './render-page.js';

// Stands for the body while the page around it is rendered; a NUL never comes out of the layout otherwise.
const BODY_MARK = '\u0000vita-body\u0000';

/**
 * A page whose body comes in pieces (the list of 10,000 papers), as pieces of the text `renderPage` would give:
 * the layout is rendered around a mark, and the body's pieces fill the gap. The ~40 MB body is then never one
 * JavaScript string (80 MB as UTF-16, twice over once it is flattened and encoded).
 */
export function* pageInPieces(context: PageContext, parts: Iterable<string>): Generator<string> {
  const html = renderPage({ ...context, bodyHtml: BODY_MARK });
  const at = html.indexOf(BODY_MARK);
  if (at < 0 || html.includes(BODY_MARK, at + 1)) {
    // The owner's own HTML around the body held the mark: render it the plain way.
    let body = '';
    for (const part of parts) body += part;
    yield renderPage({ ...context, bodyHtml: body });
    return;
  }
  yield html.slice(0, at);
  yield* parts;
  yield html.slice(at + BODY_MARK.length);
}
