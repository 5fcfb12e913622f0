/** Recognises dated news written by hand: `<b>[05/2025]</b> text <br>` lines or `<li>` items. */
import { newsDate } from './dates.js';
import { inlineMarkdown, textOf } from './inline.js';
import { itemsOf, trimStart } from './items.js';
import type { ElementNode, HtmlNode } from './tree.js';
import type { Attempt } from './recognition.js';
import type { NewsRecord } from './records.js';

/** News when (nearly) every line starts with a date marker (at least `minDated` do); a near miss when only some do. */
export function recogniseNews(block: ElementNode, minDated = 2): Attempt {
  const { items } = itemsOf(block);
  const parsed = items.map((item) => splitDate(trimStart(item.nodes)));
  const dated = parsed.filter((p) => p !== undefined).length;
  if (dated < minDated) return { claimed: false };
  const records: NewsRecord[] = [];
  for (const [i, p] of parsed.entries()) {
    if (!p) return { claimed: true, what: 'news list', nearMiss: `item ${i + 1} ("${clip(textOf(items[i]!.nodes))}") has no date like [05/2025]` };
    if (!p.text) return { claimed: true, what: 'news list', nearMiss: `item ${i + 1} (${p.date}) has no text` };
    records.push(p);
  }
  return { claimed: true, result: { kind: 'news', records, count: records.length } };
}

// The first node is the date: a `<b>[05/2025]</b>`-style element or text starting with one.
function splitDate(nodes: HtmlNode[]): NewsRecord | undefined {
  const first = nodes[0];
  if (!first) return undefined;
  if (first.type === 'element') {
    const date = newsDate(textOf(first.children));
    return date ? { date, text: inlineMarkdown(nodes.slice(1)).replace(/^[:\-–—]\s*/, '') } : undefined;
  }
  if (first.type !== 'text') return undefined;
  const m = /^\s*(\[[^\]]{4,12}\])/.exec(first.text);
  const date = m ? newsDate(m[1]!) : undefined;
  if (!m || !date) return undefined;
  const rest: HtmlNode[] = [{ ...first, text: first.text.slice(m[0].length) }, ...nodes.slice(1)];
  return { date, text: inlineMarkdown(rest).replace(/^[:\-–—]\s*/, '') };
}

/** The first 40 characters of a text, for messages. */
export function clip(text: string): string {
  return text.length > 40 ? text.slice(0, 39) + '…' : text;
}
