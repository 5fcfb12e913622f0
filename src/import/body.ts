/** The rewriting of a page or post body: Liquid, then kramdown, then hand-written HTML → directives. */
import { convertHtmlBlocks, type HtmlData } from './html/blocks.js';
import { makeDoc } from './edits.js';
import { convertKramdown, escapeLiteralStars } from './kramdown.js';
import { convertLiquid, type CollectionDocument, type PublicationKind } from './liquid.js';
import { convertMath } from './math.js';
import type { Report } from './report.js';

export interface BodyContext {
  config: Record<string, unknown>;
  report: Report;
  data: HtmlData;
  /** Entries of the site's own collections (`_research/` …) by name, for loops over them. */
  documents?: Record<string, CollectionDocument[]>;
  /** The category and Vita type of every `_publications/` entry, for loops that filter them. */
  publicationKinds?: PublicationKind[];
  /** Entries per stock collection as Jekyll published them, for `{{ site.posts | size }}`. */
  collectionSizes?: Record<string, number>;
}

/** Rewrites `body` (line `bodyLine` on of `file`, front matter `page`); `html` false skips the recognisers. */
export function convertBody(body: string, bodyLine: number, file: string, ctx: BodyContext, page: Record<string, unknown>, html = true): string {
  let doc = makeDoc(body, bodyLine);
  doc = convertLiquid(doc, file, ctx.config, ctx.report, page,
    { documents: ctx.documents, publications: ctx.publicationKinds, sizes: ctx.collectionSizes });
  doc = convertKramdown(doc, file, ctx.report);
  if (html) doc = convertHtmlBlocks(doc, file, ctx.report, ctx.data);
  doc = convertMath(doc, file, ctx.report);
  doc = escapeLiteralStars(doc, file, ctx.report);
  return doc.text.replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').replace(/\s*$/, '\n');
}

/** Strips the indentation of HTML page sources, which Markdown would otherwise read as code blocks. */
export function unindentHtml(text: string): string {
  let inPre = false;
  return text.split('\n').map((line) => {
    const out = inPre ? line : line.replace(/^[ \t]+/, '');
    if (/<pre\b/i.test(line)) inPre = true;
    if (/<\/pre>/i.test(line)) inPre = false;
    return out;
  }).join('\n');
}
