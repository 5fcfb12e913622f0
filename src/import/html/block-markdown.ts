/**
 * Turns an entry body that mixes Markdown and HTML (a talk or course description) into Markdown alone, since
 * Vita shows raw HTML in data as text. Block-level HTML is read to its closing tag, blank lines and all, as
 * kramdown read it; lists, paragraphs, headings, tables and code become their Markdown forms. Inline tags
 * inside Markdown text become emphasis, links and images, and the Markdown around them stays as written.
 */
import { fencedRanges, inRanges } from '../edits.js';
import { decodeEntities } from './entities.js';
import { collapse, escapeMarkdown, textOf } from './inline.js';
import { closingEnd, VOID } from './scan.js';
import { elements, parseHtml, type ElementNode, type HtmlNode } from './tree.js';

const BLOCKS = new Set(('address article aside blockquote center dd details div dl dt figure footer header '
  + 'h1 h2 h3 h4 h5 h6 hr ol p pre section table ul').split(' '));
const BLOCK_START = /^ {0,3}<([a-zA-Z][a-zA-Z0-9]*)(?=[\s>/])/gm;

/** The Markdown of `body`: HTML blocks converted, inline tags in Markdown text converted, fences untouched. */
export function bodyMarkdown(body: string): string {
  const fenced = fencedRanges(body);
  const parts: string[] = [];
  let at = 0;
  for (const m of body.matchAll(BLOCK_START)) {
    const name = m[1]!.toLowerCase();
    if (m.index < at || !BLOCKS.has(name) || inRanges(fenced, m.index)) continue;
    const end = VOID.has(name) ? body.indexOf('>', m.index) + 1 : closingEnd(body, m.index, name);
    if (!end) continue;
    parts.push(markdownText(body.slice(at, m.index), fenced, at));
    const open = body.indexOf('>', m.index) + 1;
    const close = body.lastIndexOf('<', end - 1);
    // A blank line after the opening tag makes the content Markdown (CommonMark, and kramdown's markdown="1").
    const inner = /^[ \t]*\n[ \t]*\n/.test(body.slice(open)) && close > open
      ? bodyMarkdown(body.slice(open, close)) : blocksOf(parseHtml(body, m.index, end)).join('\n\n');
    parts.push('\n\n' + inner + '\n\n');
    at = end;
  }
  parts.push(markdownText(body.slice(at), fenced, at));
  return parts.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

// Markdown text with inline HTML: tags become Markdown, text stays Markdown (kramdown reads Markdown inside
// span-level tags too); character references are decoded once, escaped where the character means Markdown.
function markdownText(text: string, fenced: [number, number][], offset: number): string {
  let out = '';
  let at = 0;
  for (const [from, to] of fenced) {
    const start = Math.max(from - offset, 0);
    const end = Math.min(to - offset, text.length);
    if (end <= start) continue;
    out += markdownProse(text.slice(at, start)) + text.slice(start, end);
    at = end;
  }
  return out + markdownProse(text.slice(at));
}

// A `<br>` at the end of a source line breaks there once; before a blank line or at the end it adds nothing.
function markdownProse(text: string): string {
  if (!/[<&]/.test(text)) return text;
  return inline(parseHtml(text), true).replace(/\\\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n')
    .replace(/\\\n[ \t]*\n/g, '\\\n').replace(/\\\n(?=\s*$)/, '');
}

// The Markdown blocks of HTML nodes; runs of inline nodes make one paragraph.
function blocksOf(nodes: readonly HtmlNode[]): string[] {
  const out: string[] = [];
  let run: HtmlNode[] = [];
  const flush = () => {
    const para = lineOf(run).replace(/^(\\\n)+|(\\\n)+$/g, '');
    if (para) out.push(para);
    run = [];
  };
  for (const n of nodes) {
    if (n.type !== 'element' || !BLOCKS.has(n.name) && n.name !== 'li') { run.push(n); continue; }
    flush();
    out.push(...blockOf(n));
  }
  flush();
  return out;
}

function blockOf(el: ElementNode): string[] {
  switch (el.name) {
    case 'ul': case 'ol': return [listOf(el)];
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': {
      const text = lineOf(el.children).replace(/\\\n/g, ' ');
      return text ? [`${'#'.repeat(Number(el.name[1]))} ${text}`] : [];
    }
    case 'hr': return ['***'];
    case 'pre': return ['```\n' + rawText(el.children).replace(/^\n/, '').replace(/\n?$/, '\n') + '```'];
    case 'table': return [tableOf(el)];
    case 'blockquote': return blocksOf(el.children).map((b) => b.replace(/^/gm, '> '));
    default: return blocksOf(el.children);
  }
}

function listOf(list: ElementNode): string {
  const items = elements(list.children).filter((e) => e.name === 'li');
  return items.map((li, i) => {
    const marker = list.name === 'ol' ? `${i + 1}. ` : '- ';
    const body = blocksOf(li.children).join('\n\n') || '';
    return marker + body.replace(/\n(?=.)/g, '\n' + ' '.repeat(marker.length));
  }).join('\n');
}

// A table as a Markdown table (the first row heads it); cells keep their inline formatting on one line.
function tableOf(table: ElementNode): string {
  const rows: string[][] = [];
  const walk = (nodes: readonly HtmlNode[]) => {
    for (const e of elements(nodes)) {
      if (e.name !== 'tr') { walk(e.children); continue; }
      const cells = elements(e.children).filter((c) => c.name === 'td' || c.name === 'th');
      rows.push(cells.map((c) => lineOf(c.children).replace(/\\\n/g, ' ').replace(/\|/g, '\\|')));
    }
  };
  walk(table.children);
  if (!rows.length) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: string[]) => '| ' + Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ') + ' |';
  const rule = line(Array.from({ length: width }, () => '---'));
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

// A line break inside HTML text, which survives collapsing whitespace and then becomes Markdown's `\` break.
const BREAK = '\u0001';

function lineOf(nodes: readonly HtmlNode[]): string {
  return collapse(inline(nodes, false)).replace(/\s*\u0001\s*/g, '\\\n');
}

// Inline Markdown of nodes. `markdown` says the text around the tags is already Markdown (kept, whitespace
// too); otherwise it is HTML text, whose Markdown characters are escaped.
function inline(nodes: readonly HtmlNode[], markdown: boolean): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') out += markdown ? decodeKeepingMarkdown(n.text) : escapeMarkdown(decodeEntities(n.text));
    else if (n.type === 'element') out += inlineElement(n, markdown);
  }
  return out;
}

function inlineElement(el: ElementNode, markdown: boolean): string {
  const raw = inline(el.children, markdown);
  const inner = raw.trim();
  switch (el.name) {
    case 'b': case 'strong': return inner ? hug('**', inner, raw) : '';
    case 'i': case 'em': return inner ? hug('*', inner, raw) : '';
    case 'code': return inner ? '`' + textOf(el.children) + '`' : '';
    case 'br': return markdown ? '\\\n' : BREAK;
    case 'a': return el.attrs.href && inner ? `[${inner}](${urlOf(el.attrs.href)})` : raw;
    case 'img': return el.attrs.src ? `![${escapeMarkdown(el.attrs.alt ?? '')}](${urlOf(el.attrs.src)})` : '';
    default: return raw;
  }
}

// Emphasis markers must hug the text, so surrounding spaces move outside them.
function hug(marker: string, inner: string, raw: string): string {
  return (/^\s/.test(raw) ? ' ' : '') + marker + inner + marker + (/\s$/.test(raw) ? ' ' : '');
}

function urlOf(href: string): string {
  return decodeEntities(href).replace(/[()\s]/g, encodeURIComponent);
}

function rawText(nodes: readonly HtmlNode[]): string {
  return nodes.map((n) => {
    if (n.type === 'text') return decodeEntities(n.text);
    return n.type === 'element' ? (n.name === 'br' ? '\n' : rawText(n.children)) : '';
  }).join('');
}

// `&amp;` in Markdown text is decoded here once; a reference standing for a Markdown character stays literal.
function decodeKeepingMarkdown(text: string): string {
  return text.replace(/&(#[xX]?[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/g, (whole) => {
    const c = decodeEntities(whole);
    return c === whole ? whole : escapeMarkdown(c);
  });
}
