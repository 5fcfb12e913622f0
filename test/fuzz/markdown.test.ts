import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { build } from '../../src/build.js';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { FEATURES } from '../../src/features/index.js';
import { directiveRegistry } from '../../src/render/directives/registry.js';
import { createMarkdown } from '../../src/render/markdown/create-markdown.js';
import type { MarkdownEnv } from '../../src/render/markdown/markdown-env.js';
import { assertPositioned, FUZZ, tokenSoup } from './fuzz-helpers.js';

const TOKENS = [
  '\n', '\n\n', '> ', '>', '[', ']', '(', ')', '](', '![', '[^1]', '[^1]: ', '::news', '::news{limit=2}', '::publications{selected}', '::honors{x}',
  ':::note', ':::tip[Title]', ':::', '::::', '{', '}', '=', '"', 'limit=', '*', '**', '_', '`', '```', '~~', '<!--', '-->', '<div>', '</div>',
  '<', '>', '- ', '1. ', '# ', '| a |', '|---|', '---', '    ', '\\', '&amp;', '&#106;', ':smile:', 'javascript:alert(1)', 'JaVaScRiPt:', 'vbscript:',
  'data:text/html,x', '/about/', 'https://a.example', 'text',
];
const UNSAFE_HREF = /\s(?:href|src)\s*=\s*["']?\s*(?:javascript|vbscript|data:text\/html)/i;

test('Markdown renderer with directives: 10,000 random pages, no exception, every problem positioned, no unsafe link', async () => {
  // A real Site, from the example site, so every directive has data to render.
  const root = join(mkdtempSync(join(tmpdir(), 'vita-fuzz-')), 'site');
  cpSync('examples/seed', root, { recursive: true, filter: (src) => !src.includes('_site') });
  const built = await build({ root, write: false });
  assert.ok(built.site, 'the example site builds');
  const site = built.site;
  const md = createMarkdown();
  const directives = directiveRegistry(FEATURES.flatMap((f) => f.directives ?? []));
  fc.assert(fc.property(tokenSoup(TOKENS, 50), (body) => {
    const bag = new DiagnosticBag();
    const env: MarkdownEnv = { site, page: site.pages[0]!, file: 'pages/x.md', bodyLine: 1, lines: body.split(/\r\n|\r|\n/), bag, directives, links: [] };
    const html = md.render(body, env as unknown as Record<string, unknown>);
    assert.equal(typeof html, 'string');
    assert.doesNotMatch(html, UNSAFE_HREF);
    assertPositioned(bag.items, 'pages/x.md', body);
    for (const link of env.links) assert.ok(link.line >= 1 && link.col >= 1, `link ${link.href} at ${link.line}:${link.col}`);
  }), FUZZ);
});
