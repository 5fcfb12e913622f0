/** Helpers shared by the site writers: writing a tree of files and the look every generated site shares. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Replaces `root` with exactly the given files (paths relative to root, `/`-separated). */
export function writeTree(root: string, files: ReadonlyMap<string, string>): void {
  rmSync(root, { recursive: true, force: true });
  const made = new Set<string>();
  for (const [path, text] of files) {
    const full = join(root, path);
    const dir = dirname(full);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(full, text);
  }
}

/** The site title every generator uses. */
export const SITE_TITLE = 'Ada Wang';

/** Navigation shared by all sites; publications only when there is a bibliography. */
export function navItems(hasBib: boolean): { title: string; url: string }[] {
  const items = [{ title: 'Home', url: '/' }, { title: 'Posts', url: '/posts/' }];
  if (hasBib) items.push({ title: 'Publications', url: '/publications/' });
  return items;
}

/** A small real stylesheet, so every theme links and copies one asset as a real site would. */
export const SITE_CSS = `:root { --fg: #1d1f21; --bg: #fff; --accent: #0b5fad; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e6e6; --bg: #16181a; --accent: #7ab7ff; } }
body { margin: 0 auto; max-width: 46rem; padding: 0 1rem; font: 1.05rem/1.6 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
header, footer { display: flex; justify-content: space-between; align-items: baseline; padding: 1rem 0; }
header nav a, footer a { margin-left: 1rem; color: var(--accent); }
main { min-height: 60vh; }
.post-list { list-style: none; padding: 0; }
.post-list time { display: inline-block; min-width: 7rem; color: #777; }
`;

/** The Markdown source of one post with YAML front matter (title quoted: titles are plain words). */
export function postMarkdown(title: string, date: string, body: string, extra = ''): string {
  return `---\ntitle: "${title}"\ndate: ${date}\n${extra}---\n\n${body}`;
}
