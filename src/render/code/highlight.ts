import { escapeHtml } from '../escape.js';
import { CODE_BACKGROUND, readableOn } from './contrast.js';
import { DARK_THEME, LIGHT_THEME, ensureLanguage, languageId, shikiHighlighter } from './shiki-loader.js';

// Plain text needs no grammar; these names also stop shiki from ever loading for diagrams or output.
const PLAIN = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'output', 'console-output']);

/**
 * A fenced code block as HTML: highlighted by shiki with both themes as CSS variables (the theme's CSS
 * picks light or dark, no script), or escaped plain text for unknown languages.
 */
export function highlightCode(code: string, lang: string): string {
  const name = lang.trim().split(/\s+/)[0] ?? '';
  const id = PLAIN.has(name.toLowerCase()) ? undefined : languageId(name);
  if (!id) return `<pre class="code"${name ? ` data-lang="${escapeHtml(name)}"` : ''}><code>${escapeHtml(code)}</code></pre>\n`;
  const h = shikiHighlighter();
  ensureLanguage(h, id);
  const html = h.codeToHtml(code.replace(/\n$/, ''), {
    lang: id,
    themes: { light: LIGHT_THEME, dark: DARK_THEME },
    defaultColor: false,
    // No time limit: under load a limit would stop tokenising early and the output would vary between builds.
    tokenizeTimeLimit: 0,
    // A line longer than this (minified code, a data dump) is shown uncoloured: tokenising it is super-linear
    // (a 112 KB line took over a minute), and a limit by length, unlike one by time, gives the same output every build.
    tokenizeMaxLineLength: 2000,
  });
  // Shiki's own background colours are left out (the theme's code surface is used) and the block is
  // labelled with its language for readers and styles.
  return html
    .replace(/^<pre class="shiki ([^"]*)" style="[^"]*"/, `<pre class="code shiki $1" data-lang="${escapeHtml(id)}"`)
    .replace(/--shiki-(light|dark):(#[0-9a-fA-F]{6})\b/g, (_m, scheme: 'light' | 'dark', color: string) =>
      `--shiki-${scheme}:${readableOn(color.toLowerCase(), CODE_BACKGROUND[scheme], scheme === 'light' ? 'black' : 'white')}`) + '\n';
}
