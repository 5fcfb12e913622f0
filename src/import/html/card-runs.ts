/**
 * Cards written one after another as sibling blocks (`<div class="paper" markdown="1">` … blank line … the next
 * one), with no list or grid around them: kramdown read each as its own block, but together they are one list.
 * Markdown inside them (`**bold**`, `[text](url)`), which the kramdown stage left as Markdown, is read as the
 * HTML it stands for, so the card recogniser sees the owner's bold name and the link row.
 */
import { closingEnd } from './scan.js';
import { parseHtml, type ElementNode } from './tree.js';

/** A run of sibling cards read as one container, and where the last one ends. */
export interface CardRun { end: number; container: ElementNode }

/** The run of same-class sibling cards starting with `block` (two or more), as one container, and its end. */
export function cardRun(text: string, start: number, end: number, block: ElementNode): CardRun | undefined {
  const cls = block.attrs.class;
  if (!cls || (block.name !== 'div' && block.name !== 'article')) return undefined;
  let runEnd = end;
  for (;;) {
    const next = /^\s*/.exec(text.slice(runEnd))![0].length + runEnd;
    const open = /^<(div|article)\b[^>]*>/i.exec(text.slice(next));
    const openClass = open && /\bclass\s*=\s*["']([^"']*)["']/i.exec(open[0])?.[1];
    if (!open || open[1]!.toLowerCase() !== block.name || openClass !== cls) break;
    const close = closingEnd(text, next, block.name);
    if (close === undefined) break;
    runEnd = close;
  }
  if (runEnd === end) return undefined;
  const html = markdownAsHtml(text.slice(start, runEnd));
  const children = parseHtml(html);
  return { end: runEnd, container: { type: 'element', name: 'div', attrs: {}, children, start: 0, end: html.length } };
}

// `**bold**`/`__bold__` and `[text](url)`: what the recognisers need of Markdown. Single stars are left alone,
// since author lists use them to mark equal contribution.
function markdownAsHtml(text: string): string {
  return text
    .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (_, label: string, url: string) =>
      `<a href="${url.replace(/"/g, '&quot;')}">${label}</a>`)
    .replace(/\*\*([^*\n]+?)\*\*|__([^_\n]+?)__/g, (_, a?: string, b?: string) => `<strong>${a ?? b}</strong>`);
}
