import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { describeFsFault, isFsFault } from '../diagnostics/fs-fault.js';

/** What a path in the site really is, after following a symbolic link once. */
export type SitePath =
  | { kind: 'file' | 'folder'; real: string }
  | { kind: 'missing' }
  /** Refused (outside the site, dangling, unreadable, a FIFO …); the reason is already in the bag. */
  | { kind: 'refused' };

/**
 * The one place where paths in a site are resolved and checked. The site folder's real location is found
 * once; a path (or a symbolic link on the way) whose real location is outside it is refused with a
 * message naming where it leads, so a build never reads — and so never publishes — a file from elsewhere.
 */
export class SiteFolder {
  /** The site folder with every symbolic link resolved. */
  readonly realRoot: string;

  constructor(readonly root: string) {
    this.realRoot = realpathSync(root);
  }

  /** True when `real` (already resolved) is the site folder or lies inside it. */
  contains(real: string): boolean {
    return real === this.realRoot || real.startsWith(this.realRoot + sep);
  }

  /** `/`-separated path of `absolute` relative to the site folder, as messages show it. */
  relative(absolute: string): string {
    const rel = relative(this.root, absolute);
    return sep === '/' ? rel : rel.split(sep).join('/');
  }

  /**
   * Resolves `rel` (relative to the site folder), reporting what cannot be used: a link leading outside
   * the site or to nothing, an unreadable entry, or something that is neither a file nor a folder (skipped with
   * a warning, or an error when the site cannot do without it: `required`).
   */
  resolve(rel: string, bag: DiagnosticBag, realParent = this.realRoot, required = false): SitePath {
    // The entry as it sits in its (already resolved) parent folder: only its own link, if any, is left to follow.
    const here = join(realParent, rel.slice(rel.lastIndexOf('/') + 1));
    let stats: Stats;
    try {
      stats = lstatSync(here);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
      return this.fault(error, rel, bag);
    }
    let real = here;
    if (stats.isSymbolicLink()) {
      try {
        real = realpathSync(here);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ELOOP') return this.fault(error, rel, bag);
        bag.error('broken-symlink', rel, undefined, code === 'ELOOP' ? 'This symbolic link leads round in a loop.' : 'This symbolic link points to nothing.',
          'Remove it or point it at a file inside the site.');
        return { kind: 'refused' };
      }
      if (!this.contains(real)) {
        bag.error('symlink-outside-site', rel, undefined, `This symbolic link points outside the site folder, to ${real}.`,
          'Vita reads only files inside the site, so a build never publishes something it should not; copy the file in instead.');
        return { kind: 'refused' };
      }
      try {
        stats = statSync(real);
      } catch (error) {
        return this.fault(error, rel, bag);
      }
    }
    if (stats.isDirectory()) return { kind: 'folder', real };
    if (stats.isFile()) return { kind: 'file', real };
    if (required) {
      // Skipping site.yml would build an empty site over the last good one.
      bag.error('not-a-file', rel, undefined, `This is ${otherKind(stats)}, not a file; Vita needs ${rel} to build the site.`,
        `Replace it with an ordinary file (\`vita init\` writes a starting ${rel}).`);
    } else {
      bag.warn('not-a-file', rel, undefined, `This is ${otherKind(stats)}, not a file or folder; it is skipped.`,
        'Vita reads only ordinary files; remove it from the site folder.');
    }
    return { kind: 'refused' };
  }

  /**
   * Resolves a `/`-separated path below the site folder (`cv/logo.png`) one name at a time, each link checked as
   * `resolve` checks it; `..`, or a file where a folder should be, make it missing.
   */
  resolvePath(rel: string, bag: DiagnosticBag): SitePath {
    const names = rel.split('/').filter((name) => name !== '' && name !== '.');
    if (names.length === 0 || names.includes('..')) return { kind: 'missing' };
    let real = this.realRoot;
    for (let i = 0; i < names.length; i++) {
      const found = this.resolve(names.slice(0, i + 1).join('/'), bag, real);
      if (i === names.length - 1) return found;
      if (found.kind !== 'folder') return found.kind === 'refused' ? found : { kind: 'missing' };
      real = found.real;
    }
    return { kind: 'missing' };
  }

  /** Reports a file error (permission denied …) about `rel` as a diagnostic. */
  fault(error: unknown, rel: string, bag: DiagnosticBag): SitePath {
    if (!isFsFault(error)) throw error;
    const fault = describeFsFault(error, rel);
    bag.error(fault.rule, rel, undefined, fault.message, fault.hint);
    return { kind: 'refused' };
  }
}

function otherKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device';
  return 'a special file';
}
