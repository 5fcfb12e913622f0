import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Name of the marker file that tells a folder is Vita's output and may be replaced. */
export const OUTPUT_MARKER = '.vita-output';
/** What the marker file says to someone who opens it. */
export const OUTPUT_MARKER_TEXT = 'Built by Vita. This folder is replaced on every build; edit the site, not this.\n';

export type OutDirResult = { ok: true; outDir: string } | { ok: false; message: string; hint: string };

/**
 * Decides where the output goes and refuses places a build must never replace: the site itself,
 * its sources (`contentFolders` adds the features' folders, such as projects/), any folder above it, `/`,
 * the home folder, or a non-empty folder Vita did not create.
 */
export function resolveOutDir(root: string, requested: string | undefined, cwd: string, contentFolders: readonly string[] = []): OutDirResult {
  const shape = requested === undefined ? undefined : checkShape(resolve(cwd, requested));
  if (shape) return shape;
  const siteRoot = realOrResolved(root);
  const outDir = requested === undefined ? join(siteRoot, '_site') : realOrResolved(resolve(cwd, requested));
  const home = realOrResolved(homedir());
  if (outDir === siteRoot) return refuse(outDir, 'is the site folder itself');
  if (outDir === dirname(outDir)) return refuse(outDir, 'is the root of the file system');
  if (outDir === home) return refuse(outDir, 'is your home folder');
  if (isInside(siteRoot, outDir)) return refuse(outDir, 'contains the site folder');
  const rel = relative(siteRoot, outDir);
  if (!rel.startsWith('..') && !isAbsolute(rel)) {
    const top = rel.split(sep)[0];
    // Every folder the build reads: output written there would be read back as the site's own files next time.
    const read = ['pages', 'data', 'static', 'theme', 'posts', ...contentFolders, 'node_modules', '.git'];
    if (top && read.includes(top)) return refuse(outDir, `is inside the site's ${top}/ folder`);
  }
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !existsSync(join(outDir, OUTPUT_MARKER))) {
    return {
      ok: false,
      message: `The output folder ${outDir} is not empty and was not made by Vita.`,
      hint: 'Vita replaces its output folder on every build; choose an empty or new folder with --out, or delete this one yourself.',
    };
  }
  return { ok: true, outDir };
}

// What stands at the requested path must be a folder, nothing, or a link to a folder; and nothing above it a file.
function checkShape(path: string): OutDirResult | undefined {
  const wrong = (why: string, hint: string): OutDirResult => ({ ok: false, message: `The output folder ${path} ${why}.`, hint });
  let stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') {
      let above = dirname(path);
      while (!existsSync(above)) above = dirname(above);
      return wrong(`is inside ${above}, which is a file`, 'Choose a folder path with --out; every part of it must be a folder (or not exist yet).');
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (stats.isSymbolicLink() && !existsSync(path)) {
    return wrong('is a symbolic link that points to nothing', 'Remove the link or make the folder it points to, or choose another folder with --out.');
  }
  if (!statSync(path).isDirectory()) return wrong('is a file', 'Choose a folder with --out (a new one is created), or move the file away.');
  return undefined;
}

function refuse(outDir: string, why: string): OutDirResult {
  return { ok: false, message: `Refusing to write the site to ${outDir}: it ${why}.`, hint: 'Builds replace the whole output folder; use the default <site>/_site or a dedicated folder with --out.' };
}

// `child` lies strictly inside `parent`.
function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

// Resolves symlinks where the path exists, so `--out` cannot sneak around the checks through a link.
function realOrResolved(path: string): string {
  let existing = resolve(path);
  const rest: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(existing.slice(dirname(existing).length + 1));
    existing = dirname(existing);
  }
  return join(realpathSync(existing), ...rest);
}
