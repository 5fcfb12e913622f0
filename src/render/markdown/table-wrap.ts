import type { MarkdownIt } from 'markdown-it';
import type { MarkdownEnv } from './markdown-env.js';
import { escapeHtml } from '../escape.js';

/**
 * Wraps each Markdown table in a scroll box that keyboard users can focus: a wide table scrolls
 * sideways inside the page instead of widening it, and a scroll region must be reachable by Tab.
 */
export function tableWrapPlugin(md: MarkdownIt): void {
  const open = md.renderer.rules.table_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  const close = md.renderer.rules.table_close ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.table_open = (tokens, idx, options, env, self) => {
    // Entry descriptions are rendered without a page (no env.site): those tables keep the English name.
    const label = escapeHtml((env as Partial<MarkdownEnv> | undefined)?.site?.ui.messages.table ?? 'Table');
    return `<div class="table-scroll" role="region" tabindex="0" aria-label="${label}">\n` + open(tokens, idx, options, env, self);
  };
  md.renderer.rules.table_close = (tokens, idx, options, env, self) => close(tokens, idx, options, env, self) + '</div>\n';
}
