import MarkdownIt from 'markdown-it';
import type { MarkdownIt as MarkdownItInstance } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { bareLinksPlugin } from './bare-links.js';
import { collectLinksPlugin } from './collect-links.js';
import { directivesPlugin } from './directives-plugin.js';
import { emojiPlugin } from './emoji.js';
import { footnoteListPlugin } from './footnote-list.js';
import { directiveRenderRules } from './directive-render.js';
import { headingIdsPlugin } from './heading-ids.js';
import { tableWrapPlugin } from './table-wrap.js';
import { cjkSoftbreakPlugin } from './cjk-softbreak.js';
import { highlightCode } from '../code/highlight.js';
import { mathPlugin } from '../math/math-plugin.js';

/**
 * The Markdown dialect of Vita pages: CommonMark, tables, strikethrough, footnotes, heading anchors,
 * emoji shortcodes, code highlighted by shiki, KaTeX math, raw HTML (the owner's own pages are trusted, as in Jekyll) and directives.
 */
export function createMarkdown(): MarkdownItInstance {
  // maxNesting (a real option of markdown-it's presets) is missing from @types/markdown-it's Options.
  const options = { html: true, linkify: true, typographer: false, maxNesting: 50, highlight: highlightCode };
  const md = new MarkdownIt(options);
  md.use(bareLinksPlugin);
  md.use(headingIdsPlugin);
  md.use(footnote);
  md.use(footnoteListPlugin);
  md.use(emojiPlugin);
  md.use(mathPlugin);
  md.use(directivesPlugin);
  md.use(directiveRenderRules);
  md.use(tableWrapPlugin);
  md.use(cjkSoftbreakPlugin);
  md.use(collectLinksPlugin);
  return md;
}

let shared: MarkdownItInstance | undefined;

/**
 * One instance for the whole process: markdown-it keeps no state between renders (each page's state lives
 * in its env), so pages and post bodies need not each build and warm up their own.
 */
export function sharedMarkdown(): MarkdownItInstance {
  return (shared ??= createMarkdown());
}
