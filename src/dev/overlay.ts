import { codeFrame, sourceLinesReader } from '../diagnostics/code-frame.js';
import { escapeHtml } from '../render/escape.js';
import { compareDiagnostics, location, type Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * The error overlay the preview shows while the site has errors: every error's `file:line:col`,
 * message, code frame and hint. Built here as escaped HTML so the browser script only inserts it
 * (into a shadow root, so the page's styles neither leak in nor out).
 */
export function renderOverlay(diagnostics: readonly Diagnostic[], readSource: (file: string) => string | undefined): string {
  const errors = [...diagnostics].filter((d) => d.severity === 'error').sort(compareDiagnostics);
  const linesOf = sourceLinesReader(readSource);
  const items = errors.map((d) => {
    const source = d.position ? linesOf(d.file) : undefined;
    const frame = source !== undefined && d.position ? `<pre class="frame">${escapeHtml(codeFrame(source, d.position))}</pre>` : '';
    const hint = d.hint ? `<p class="hint">hint: ${escapeHtml(d.hint)}</p>` : '';
    return `<li><p><b class="loc">${escapeHtml(location(d))}</b> ${escapeHtml(d.message)} <span class="rule">[${escapeHtml(d.rule)}]</span></p>${frame}${hint}</li>`;
  });
  const title = `${errors.length} error${errors.length === 1 ? '' : 's'} — the preview shows the last good build`;
  return `<style>${STYLE}</style><div class="panel" role="alertdialog" aria-labelledby="vita-t"><h2 id="vita-t">${escapeHtml(title)}</h2><ol>${items.join('')}</ol><p class="foot">Fix the file and save; this closes by itself.</p></div>`;
}


const STYLE = [
  ':host{all:initial}',
  '.panel{position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24,.94);color:#f3f3f3;',
  'font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:2rem}',
  'h2{color:#ff8080;font-size:1.1rem;margin:0 0 1rem}',
  'ol{margin:0;padding:0 0 0 1.5rem}li{margin:0 0 1.5rem}',
  '.loc{color:#ffd479}.rule{color:#9a9a9a}.hint{color:#7fd7ff;margin:.25rem 0}',
  '.frame{background:#000;padding:.75rem;overflow:auto;margin:.5rem 0;white-space:pre}',
  '.foot{color:#9a9a9a}',
].join('');
