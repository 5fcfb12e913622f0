import type { MarkdownIt } from 'markdown-it';

/**
 * Wraps each Markdown table in a scroll box that keyboard users can focus: a wide table scrolls
 * sideways inside the page instead of widening it, and a scroll region must be reachable by Tab.
 */
export function tableWrapPlugin(md: MarkdownIt): void {
  const open = md.renderer.rules.table_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  const close = md.renderer.rules.table_close ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.table_open = (tokens, idx, options, env, self) =>
    '<div class="table-scroll" role="region" tabindex="0" aria-label="Table">\n' + open(tokens, idx, options, env, self);
  md.renderer.rules.table_close = (tokens, idx, options, env, self) => close(tokens, idx, options, env, self) + '</div>\n';
}
