import { readdirSync, type Dirent } from 'node:fs';
import { sep } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { SiteFolder } from './site-folder.js';

/** A file found in the site folder: its real path and its `/`-separated path relative to the site root. */
export interface FoundFile {
  /** Where the file really is (symbolic links resolved, inside the site). */
  absolute: string;
  relative: string;
}

/**
 * Lists the files under the site folder `folder` (e.g. `static`), sorted so builds are deterministic. The
 * folder itself and every entry are resolved through `site`, so a link leading outside the site is reported
 * and skipped; a folder reached a second time (two links to it, or a loop) is skipped with a warning, so
 * links never multiply the walk. An unreadable folder is an error, never silently left out.
 */
export function walkFiles(site: SiteFolder, folder: string, bag: DiagnosticBag, skip: (name: string) => boolean = isHidden): FoundFile[] {
  const out: FoundFile[] = [];
  const visited = new Map<string, string>();
  const visit = (rel: string, real: string) => {
    const first = visited.get(real);
    if (first !== undefined) {
      bag.warn('folder-read-twice', rel, undefined, `This symbolic link leads to ${first}/, which is already part of the site; it is skipped.`,
        'Links to a folder that is already read (or to a folder above it) would repeat its files; remove the link.');
      return;
    }
    visited.set(real, rel);
    let entries: Dirent[];
    try {
      // File types come with the listing, so an ordinary file or folder costs no extra stat call.
      entries = readdirSync(real, { withFileTypes: true });
    } catch (error) {
      site.fault(error, rel, bag);
      return;
    }
    // Entry names are single names, never `.` or `..`: joined to the folder without path.join's normalising pass.
    const inFolder = real.endsWith(sep) ? real : real + sep;
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (skip(entry.name)) continue;
      const path = `${rel}/${entry.name}`;
      // A file name becomes a URL, and URLs go into the sitemap and feeds: no XML file may hold a control character.
      if (/[\u0000-\u001f\u007f-\u009f]/.test(entry.name)) {
        bag.error('bad-file-name', path, undefined, 'This name holds a control character (a newline, tab or escape), which cannot be part of a web address.',
          'Rename the file or folder using letters, digits, hyphens and dots.');
        continue;
      }
      if (entry.isFile()) out.push({ absolute: inFolder + entry.name, relative: path });
      else {
        const resolved = entry.isDirectory() ? { kind: 'folder' as const, real: inFolder + entry.name } : site.resolve(path, bag, real);
        if (resolved.kind === 'folder') visit(path, resolved.real);
        else if (resolved.kind === 'file') out.push({ absolute: resolved.real, relative: path });
      }
    }
  };
  const top = site.resolvePath(folder, bag);
  if (top.kind === 'folder') visit(folder, top.real);
  else if (top.kind === 'file') {
    bag.error('fs-not-folder', folder, undefined, `${folder} is a file, but Vita expects the ${folder}/ folder here.`, `Rename the file, and put ${folder}/ content in a folder of that name.`);
  }
  return out;
}

/** Dotfiles and editor leftovers never belong to a site's content. */
export function isHidden(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || name === 'node_modules' || name === 'Thumbs.db';
}
