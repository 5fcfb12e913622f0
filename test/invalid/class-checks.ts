// Per-class extras for the invalid-input runner: set-up that files in git cannot express (symlinks)
// and assertions on the built output for classes that must build (BOM/CRLF, neutralised links, odd names).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTree } from '../helpers/site.js';

export interface ClassCheck {
  /** Runs on the temporary copy of site/ before the build; `work` is the folder holding it. */
  prepare?(root: string, work: string): void;
  /** Runs after the build's output has been compared. */
  after?(root: string, work: string): void;
}

// Every href and src in a built tree's HTML, for checks on what links survived.
function urlsIn(root: string): string[] {
  const urls: string[] = [];
  for (const [path, bytes] of readTree(join(root, '_site'))) {
    if (!path.endsWith('.html')) continue;
    for (const m of bytes.toString('utf8').matchAll(/\b(?:href|src|action|formaction)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi)) urls.push(m[1]!.replace(/^["']|["']$/g, ''));
  }
  return urls;
}

export const CLASS_CHECKS: Record<string, ClassCheck> = {
  'bom-crlf': {
    after(root) {
      const home = readFileSync(join(root, '_site/index.html'), 'utf8');
      assert.ok(!home.includes('\uFEFF'), 'no BOM in the output');
      assert.match(home, /<p>Hello <strong>world<\/strong>\.<\/p>/);
      assert.match(home, /Paper <strong>accepted<\/strong>/);
      assert.match(home, /Builds <em>engines<\/em>\./);
      const about = readFileSync(join(root, '_site/about/index.html'), 'utf8');
      assert.match(about, /<p>Line one\r?\nline two\.<\/p>/);
    },
  },

  'unsafe-url-markdown': {
    after(root) {
      const urls = urlsIn(root);
      const bad = urls.filter((u) => /^\s*(javascript|vbscript|data:text\/html|&#)/i.test(u) || /^\s*data:(?!,$|image\/(png|gif|jpeg|webp);)/i.test(u));
      assert.deepEqual(bad, []);
      const page = readFileSync(join(root, '_site/index.html'), 'utf8');
      // The link texts are still there, as text: nothing silently disappears.
      for (const text of ['one', 'two', 'three', 'four', 'five', 'eight']) assert.match(page, new RegExp(`\\[${text}\\]`));
      assert.ok(urls.includes('data:image/png;base64,iVBORw0KGgo='), 'markdown-it keeps data:image links');
    },
  },

  'long-code-line': {
    // 150 KB on one line of a JavaScript block (minified code): generated, not committed.
    prepare(root) {
      writeFileSync(join(root, 'pages/code.md'), '---\ntitle: Code\n---\n\n```js\n' + 'var a = [1, "x", {b: 2}], '.repeat(6000) + '\n```\n');
    },
    after(root) {
      // Shown whole, uncoloured: one span for the line.
      assert.match(readFileSync(join(root, '_site/code/index.html'), 'utf8'), /<span class="line"><span>var a = \[1, "x", \{b: 2\}\], var a/);
    },
  },

  'file-name-control-chars': {
    // Git could hold these names, but checkouts on other systems could not: made here instead.
    prepare(root) {
      writeFileSync(join(root, 'pages/new\nline.md'), '---\ntitle: Newline\n---\n');
      writeFileSync(join(root, 'pages/a\u0001b.md'), '---\ntitle: Control\n---\n');
      // Git keeps no empty folder, so static/ is made here too.
      mkdirSync(join(root, 'static'), { recursive: true });
      writeFileSync(join(root, 'static/bell\u0007.txt'), 'ding\n');
      mkdirSync(join(root, 'static/esc\u001b[2Jdir'));
      writeFileSync(join(root, 'static/esc\u001b[2Jdir/x.txt'), 'x\n');
    },
  },

  'symlink-outside-site': {
    prepare(root, work) {
      writeFileSync(join(work, 'secret.txt'), 'do not publish\n');
      mkdirSync(join(work, 'secret-dir'));
      writeFileSync(join(work, 'secret-dir/key.pem'), 'PRIVATE\n');
      symlinkSync(join(work, 'secret.txt'), join(root, 'static/secret.txt'));
      symlinkSync('../../../secret-dir', join(root, 'static/images/keys'));
      symlinkSync('/etc', join(root, 'pages/etc'));
      symlinkSync(join(root, 'no-such-file'), join(root, 'static/dangling.png'));
      // A link that stays inside the site is fine and is followed.
      symlinkSync('avatar.png', join(root, 'static/images/avatar-link.png'));
    },
  },

  'static-odd-names': {
    after(root) {
      const out = readTree(join(root, '_site'));
      for (const name of ['files/My CV (2025).pdf', 'files/LICENSE', 'files/#hash & [brackets] ü.txt', '.well-known/ignored']) {
        assert.deepEqual(out.get(name), readFileSync(join(root, 'static', name)), name);
      }
      const page = readFileSync(join(root, '_site/index.html'), 'utf8');
      assert.match(page, /href="\/files\/My%20CV%20\(2025\)\.pdf"/);
    },
  },

  'pathological-nesting': {
    after(root) {
      for (const page of ['quotes', 'brackets', 'comments', 'mixed', 'many']) assert.ok(readFileSync(join(root, `_site/${page}/index.html`), 'utf8').includes('</html>'), page);
      const many = readFileSync(join(root, '_site/many/index.html'), 'utf8');
      assert.match(many, /<h1 id="same">Same<\/h1>\n<h1 id="same-1">Same<\/h1>/);
      assert.match(many, /<h1 id="same-4999">Same<\/h1>/);
    },
  },

  'bibtex-script-title': {
    after(root) {
      const out = readTree(join(root, '_site'));
      const pages = ['index.html', 'publications/index.html', 'publications/a2024/index.html'];
      for (const page of pages) {
        const html = out.get(page)!.toString('utf8');
        assert.ok(!/<script>alert|<img src=x|<b>bold|<i>x/.test(html), `${page} holds raw HTML from BibTeX`);
        assert.match(html, /&lt;script>alert\(1\)&lt;\/script>|&lt;script&gt;alert\(1\)&lt;\/script&gt;/, page);
      }
    },
  },
};
