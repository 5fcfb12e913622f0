import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml } from '../../src/render/escape.js';
import { renderOverlay } from '../../src/dev/overlay.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

test('renderOverlay lists errors with location, escaped message, code frame and hint', () => {
  const diagnostics: Diagnostic[] = [
    { rule: 'unknown-key', severity: 'error', file: 'site.yml', position: { line: 2, col: 1 }, message: 'Unknown key "<titel>".', hint: 'Did you mean "title"?' },
    { rule: 'ignored-file', severity: 'warning', file: 'data/x.txt', message: 'Ignored.' },
    { rule: 'missing-site-yml', severity: 'error', file: 'site.yml', message: 'No & site.' },
  ];
  const html = renderOverlay(diagnostics, (file) => (file === 'site.yml' ? 'url: x\n<titel>: A & B\n' : undefined));
  const body = html.slice(html.indexOf('</style>') + '</style>'.length);
  assert.equal(body,
    '<div class="panel" role="alertdialog" aria-labelledby="vita-t"><h2 id="vita-t">2 errors — the preview shows the last good build</h2><ol>' +
    '<li><p><b class="loc">site.yml</b> No &amp; site. <span class="rule">[missing-site-yml]</span></p></li>' +
    '<li><p><b class="loc">site.yml:2:1</b> Unknown key &quot;&lt;titel&gt;&quot;. <span class="rule">[unknown-key]</span></p>' +
    '<pre class="frame">  1 | url: x\n&gt; 2 | &lt;titel&gt;: A &amp; B\n    | ^\n  3 |</pre><p class="hint">hint: Did you mean &quot;title&quot;?</p></li>' +
    '</ol><p class="foot">Fix the file and save; this closes by itself.</p></div>');
});

test('escapeHtml escapes the five specials', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});
