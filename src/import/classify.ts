/** Sorts every file of an academicpages repository into what the importer does with it. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export type FileRole =
  | 'config' | 'navigation' | 'page' | 'post' | 'draft' | 'publication' | 'talk' | 'teaching' | 'portfolio'
  | 'static' | 'machinery' | 'other'
  /** A Markdown or HTML file outside the `_` folders: a page when it has front matter, else a static file. */
  | 'root-page';

const COLLECTION: Record<string, FileRole> = { _publications: 'publication', _talks: 'talk', _teaching: 'teaching', _portfolio: 'portfolio', _posts: 'post', _drafts: 'draft' };
// The theme's own assets (Vita brings its own); files the owner added to assets/ are copied like Jekyll did.
const MACHINERY_DIRS = /^(_layouts|_includes|_sass|_plugins|_site|\.jekyll-cache|\.sass-cache|markdown_generator|node_modules|vendor|\.bundle|\.github|\.devcontainer|\.vscode|scripts|assets\/(js\/(plugins|vendor)|fonts|webfonts)|_data\/comments)\//;
const THEME_ASSETS = /^assets\/(css\/(main\.scss|academicons(\.min)?\.css|collapse\.css)|js\/(main\.min\.js|_main\.js|collapse\.js))$|^assets\/.*\.s[ac]ss$/;
const MACHINERY_FILES = /^(Gemfile(\.lock)?|Rakefile|Dockerfile|docker-compose\.ya?ml|package(-lock)?\.json|_config\.dev\.yml|staticman\.yml|talkmap\.py|README\.md|LICENSE(\.\w+)?|CONTRIBUTING\.md|CHANGELOG\.md|\.gitignore|\.gitattributes|\.editorconfig|\.nojekyll|banner\.js|_data\/ui-text\.yml|_data\/authors\.yml)$|\.ipynb$/;

/** The paths (relative, sorted) of the files that have one role. */
export type ByRole = (role: FileRole) => string[];

/** Lists and sorts the files under `root`; skipped special files and links go to `skip`. */
export function sortFiles(root: string, skip: (rel: string, why: string) => void): ByRole {
  const files = listFiles(root, skip).map((rel) => ({ rel, role: classify(rel) }));
  return (role) => files.filter((f) => f.role === role).map((f) => f.rel);
}

/** The role of a path relative to the repository root (`/`-separated). */
export function classify(rel: string): FileRole {
  if (rel === '_config.yml') return 'config';
  if (rel === '_data/navigation.yml') return 'navigation';
  if (MACHINERY_DIRS.test(rel) || MACHINERY_FILES.test(rel) || THEME_ASSETS.test(rel)) return 'machinery';
  const [top, ...rest] = rel.split('/');
  if (top === '_pages' && /\.(md|markdown|html)$/.test(rel)) return 'page';
  if (top && COLLECTION[top] && rest.length && /\.(md|markdown|html)$/.test(rel)) return COLLECTION[top]!;
  if (top!.startsWith('_') || top!.startsWith('.')) return 'other';
  // Jekyll copies every other file as it is, and renders Markdown and HTML that have front matter.
  return /\.(md|markdown|html?)$/i.test(rel) ? 'root-page' : 'static';
}

/**
 * Every ordinary file under `root` (skipping `.git`), relative and sorted. Symbolic links (to files or
 * folders, dangling or looping) and special files (FIFOs, sockets, devices) are never followed or read:
 * each is passed to `skip` with the reason, for the report. A repository being imported is not trusted.
 */
export function listFiles(root: string, skip: (rel: string, why: string) => void = () => {}): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name === '.git') continue;
      const rel = prefix + entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), rel + '/');
      else if (entry.isFile()) out.push(rel);
      else skip(rel, entry.isSymbolicLink() ? 'a symbolic link: not followed (copy the file itself into the new site if it belongs there)' : 'not an ordinary file (a named pipe, socket or device): skipped');
    }
  };
  walk(root, '');
  return out;
}

/** The folder (or file) a skipped path is counted under in the report: `_layouts/`, `Gemfile`. */
export function skipGroup(rel: string): string {
  const m = MACHINERY_DIRS.exec(rel);
  if (m) return m[1] + '/';
  if (THEME_ASSETS.test(rel)) return 'theme assets (assets/css/main.scss, assets/js/main.min.js …)';
  return /\.ipynb$/.test(rel) ? 'notebooks (*.ipynb)' : rel;
}
