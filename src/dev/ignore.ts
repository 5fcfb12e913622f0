// Editors' swap, backup and lock files: saving through them is reported via the real file's name.
const EDITOR_TEMP = /(^\.#|^#.*#$|~$|\.sw[a-px]$|^4913$)/;

/**
 * What the dev watcher skips: dependencies, version control, editors' temporary files, and the output
 * folder with its siblings named after it (`_site.tmp-…`), which the build creates on every run.
 * `outDir` is the output folder relative to the site root (`/`-separated), or undefined if outside it.
 */
export function devIgnore(outDir: string | undefined): (path: string) => boolean {
  return (path) => {
    const parts = path.split('/');
    if (parts.includes('node_modules') || parts.includes('.git')) return true;
    if (EDITOR_TEMP.test(parts[parts.length - 1]!)) return true;
    if (outDir === undefined) return false;
    if (path === outDir || path.startsWith(outDir + '/')) return true;
    const slash = outDir.lastIndexOf('/');
    const parent = outDir.slice(0, slash + 1);
    const name = outDir.slice(slash + 1);
    if (!path.startsWith(parent)) return false;
    const first = path.slice(parent.length).split('/')[0]!;
    return first.startsWith(name + '.') || first.startsWith(name + '-') || first.startsWith('.' + name);
  };
}
