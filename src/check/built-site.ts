import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanHtml, type ScannedPage } from './html-scan.js';

/** One HTML file of the output folder, scanned. */
export interface BuiltPage {
  /** Output path with a leading `/`, e.g. `/publications/index.html`. */
  path: string;
  /** The URL that serves it, e.g. `/publications/` (folder pages end with `/`). */
  url: string;
  html: string;
  scan: ScannedPage;
  /** Every `id` and `<a name>` on the page: the targets of `#fragment` links. */
  anchors: Set<string>;
  /** A redirect page (`<meta http-equiv="refresh">`) written for `redirect_from`. */
  isRedirect: boolean;
}

/** The output folder as `vita check` sees it: every file path and every HTML page. */
export interface BuiltSite {
  /** The folder read, or a label for a build held in memory. */
  dir: string;
  /** Every file, as `/`-rooted output paths. */
  files: Set<string>;
  /** HTML pages sorted by path. */
  pages: BuiltPage[];
}

/** Reads an output folder (e.g. `_site/`): lists its files and scans each HTML page. */
export function readBuiltSite(dir: string): BuiltSite {
  const paths = listFiles(dir, '');
  return builtSiteFrom(dir, paths, (path) => readFileSync(join(dir, path), 'utf8'));
}

/** The same view of a build held in memory: `files` are output paths (no leading `/`) with their text when HTML. */
export function builtSiteFromFiles(label: string, files: ReadonlyArray<{ path: string; content?: string | Uint8Array }>): BuiltSite {
  const byPath = new Map(files.map((f) => ['/' + f.path, f.content]));
  const text = (path: string) => {
    const content = byPath.get(path);
    return typeof content === 'string' ? content : new TextDecoder().decode(content ?? new Uint8Array());
  };
  return builtSiteFrom(label, [...byPath.keys()].sort(), text);
}

function builtSiteFrom(dir: string, paths: readonly string[], read: (path: string) => string): BuiltSite {
  const files = new Set<string>();
  const pages: BuiltPage[] = [];
  for (const path of paths) {
    files.add(path);
    if (!path.endsWith('.html')) continue;
    const html = read(path);
    const scan = scanHtml(html);
    const anchors = new Set<string>();
    let isRedirect = false;
    for (const tag of scan.tags) {
      const id = tag.attrs.get('id')?.value;
      if (id) anchors.add(id);
      if (tag.name === 'a' && tag.attrs.get('name')?.value) anchors.add(tag.attrs.get('name')!.value);
      if (tag.name === 'meta' && tag.attrs.get('http-equiv')?.value.toLowerCase() === 'refresh') isRedirect = true;
    }
    pages.push({ path, url: urlOfPath(path), html, scan, anchors, isRedirect });
  }
  return { dir, files, pages };
}

/** `/a/index.html` → `/a/`, `/404.html` → `/404.html`. */
export function urlOfPath(path: string): string {
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * The output file a site-relative URL path is served from, as static hosts resolve it
 * (`/a/` → `/a/index.html`, `/a` → `/a`, `/a/index.html` or `/a.html`); undefined when none exists.
 */
export function resolveOutputPath(site: BuiltSite, urlPath: string): string | undefined {
  const candidates = urlPath.endsWith('/') ? [urlPath + 'index.html'] : [urlPath, urlPath + '/index.html', urlPath + '.html'];
  return candidates.find((c) => site.files.has(c));
}

// Sorted so that every report lists pages in the same order.
function listFiles(root: string, prefix: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const rel = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listFiles(root, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}
