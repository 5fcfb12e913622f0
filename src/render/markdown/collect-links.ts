import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import type { MarkdownEnv } from './markdown-env.js';

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
  for (const child of children) {
    if (child.type === 'link_open') push(env, String(child.attrGet('href') ?? ''), first, 'link', last);
    else if (child.type === 'image') push(env, String(child.attrGet('src') ?? ''), first, 'image', last);
    else if (child.type === 'html_inline') push(env, htmlUrl(child.content) ?? '', first, /^<img\b/i.test(child.content) ? 'image' : 'link', last, child.content);
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
  for (const m of visible.matchAll(HTML_URL)) {
    const before = visible.slice(0, m.index);
    const extraLines = before.split('\n').length - 1;
    push(env, m[2] ?? m[3] ?? '', startLine + extraLines, m[1]!.toLowerCase() === 'src' ? 'image' : 'link');
  }
}

// Finds the href on the first line of [line, last) that holds it, for an exact line:col.
function push(env: MarkdownEnv, href: string, line: number, kind: 'link' | 'image', last = line + 1, html?: string): void {
  if (html !== undefined && !/^<(a|img)\b/i.test(html)) return;
  if (!href) return;
  for (let l = line; l < Math.max(last, line + 1); l++) {
    const at = (env.lines[l] ?? '').indexOf(href);
    if (at >= 0) {
      env.links.push({ href, file: env.file, line: env.bodyLine + l, col: at + 1, kind });
      return;
    }
  }
  env.links.push({ href, file: env.file, line: env.bodyLine + line, col: 1, kind });
}
