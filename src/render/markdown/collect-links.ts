import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { bodyPosition, type MarkdownEnv } from './markdown-env.js';

// href/src attributes in raw HTML: the seed writes its CV link and logos this way.
const HTML_URL = /\b(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** Records every link and image of a page with its line, so missing targets can be reported later. */
export function collectLinksPlugin(md: MarkdownIt): void {
  md.core.ruler.push('vita_collect_links', (state: StateCore) => {
    const env = state.env as unknown as MarkdownEnv;
    if (!env?.links) return;
    for (const token of state.tokens) {
      const [first, last] = token.map ?? [0, 1];
      if (token.type === 'html_block') scanHtml(token.content, first, env);
      if (token.type === 'inline' && token.children) scanInline(token.children, first, last, env);
    }
  });
}

function scanInline(children: Token[], first: number, last: number, env: MarkdownEnv): void {
  const cursor: Cursor = { line: first, col: 0 };
  for (const child of children) {
    if (child.type === 'link_open') push(env, String(child.attrGet('href') ?? ''), first, 'link', last, cursor);
    else if (child.type === 'image') push(env, String(child.attrGet('src') ?? ''), first, 'image', last, cursor);
    else if (child.type === 'html_inline' && /^<(a|img)\b/i.test(child.content)) {
      push(env, htmlUrl(child.content) ?? '', first, /^<img\b/i.test(child.content) ? 'image' : 'link', last, cursor);
    }
  }
}

function htmlUrl(html: string): string | undefined {
  HTML_URL.lastIndex = 0;
  const m = HTML_URL.exec(html);
  HTML_URL.lastIndex = 0;
  return m ? m[2] ?? m[3] : undefined;
}

function scanHtml(html: string, startLine: number, env: MarkdownEnv): void {
  // Comments hold disabled content (the seed comments out a whole table row); skip them.
  const visible = html.replace(/<!--[\s\S]*?(-->|$)/g, (c) => c.replace(/[^\n]/g, ' '));
  // Lines are counted from the previous match on, not from the start: a block with thousands of links stays linear.
  let line = startLine, counted = 0;
  const cursor: Cursor = { line: startLine, col: 0 };
  for (const m of visible.matchAll(HTML_URL)) {
    for (let i = visible.indexOf('\n', counted); i >= 0 && i < m.index; i = visible.indexOf('\n', i + 1)) line++;
    counted = m.index;
    push(env, m[2] ?? m[3] ?? '', line, m[1]!.toLowerCase() === 'src' ? 'image' : 'link', line + 1, cursor);
  }
}

/** Where the previous link of the same block was found: the next one is at or after it. */
interface Cursor {
  line: number;
  col: number;
}

// Finds the href on the first line of [line, last) that holds it, from the cursor on, for an exact line:col.
// markdown-it percent-encodes hrefs (`My CV.pdf` → `My%20CV.pdf`), so the decoded form is looked for too.
function push(env: MarkdownEnv, href: string, line: number, kind: 'link' | 'image', last: number, cursor: Cursor): void {
  if (!href) return;
  const forms = [...new Set([href, safeDecode(href)])];
  for (let l = Math.max(line, cursor.line); l < Math.max(last, line + 1); l++) {
    const text = env.lines[l] ?? '';
    const from = l === cursor.line ? cursor.col : 0;
    for (const form of forms) {
      const at = text.indexOf(form, from);
      if (at < 0) continue;
      env.links.push({ href, file: env.file, ...bodyPosition(env, l, at + 1), kind });
      cursor.line = l;
      cursor.col = at + form.length;
      return;
    }
  }
  env.links.push({ href, file: env.file, ...bodyPosition(env, line, 1), kind });
}

function safeDecode(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}
