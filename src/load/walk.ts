import { lstatSync, readdirSync, realpathSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';

/** A file found in the site folder: its absolute path and its `/`-separated path relative to the site root. */
export interface FoundFile {
  absolute: string;
  relative: string;
}

/**
 * Lists files under `dir` (sorted, so builds are deterministic). Symlinks are followed only when they
 * stay inside the site root; one pointing outside is reported and skipped.
 */
export function walkFiles(root: string, dir: string, bag: DiagnosticBag, skip: (name: string) => boolean = isHidden): FoundFile[] {
  const out: FoundFile[] = [];
  const realRoot = realpathSync(root);
  const visit = (absolute: string) => {
    let entries: Dirent[];
    try {
      // File types come with the listing, so an ordinary file or folder costs no extra stat call.
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const name = entry.name;
      if (skip(name)) continue;
      const path = join(absolute, name);
      const rel = toPosix(relative(root, path));
      let kind: { isDirectory(): boolean; isFile(): boolean } = entry;
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(path);
        } catch {
          bag.error('broken-symlink', rel, undefined, 'This symbolic link points to nothing.', 'Remove it or point it at a file inside the site.');
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + sep)) {
          bag.error('symlink-outside-site', rel, undefined, 'This symbolic link points outside the site folder.',
            'Vita reads only files inside the site, so a build never publishes something it should not; copy the file in instead.');
          continue;
        }
        kind = lstatSync(target);
      }
      if (kind.isDirectory()) visit(path);
      else if (kind.isFile()) out.push({ absolute: path, relative: rel });
    }
  };
  visit(dir);
  return out;
}

/** Dotfiles and editor leftovers never belong to a site's content. */
export function isHidden(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || name === 'node_modules' || name === 'Thumbs.db';
}

/** A path with `/` separators whatever the platform. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
