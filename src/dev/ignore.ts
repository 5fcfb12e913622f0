// Editors' swap, backup and lock files: saving through them is reported via the real file's name.
const EDITOR_TEMP = /(^\.#|^#.*#$|~$|\.sw[a-px]$|^4913$)/;

/**
 * What the dev watcher skips: dependencies, version control, editors' temporary files, and output
 * folders with their siblings named after them (`._site.vita-tmp-…`), which every build creates.
 * `outDirs` are output folders relative to the site root (`/`-separated): the preview's own when it is
 * inside the site, and `_site`, which `vita build` may rewrite while the preview runs.
 */
export function devIgnore(outDirs: readonly string[]): (path: string) => boolean {
  const outputs = outDirs.map(splitOut);
  return (path) => {
    const parts = path.split('/');
    if (parts.includes('node_modules') || parts.includes('.git')) return true;
    if (EDITOR_TEMP.test(parts[parts.length - 1]!)) return true;
    return outputs.some((out) => isOutput(path, out));
  };
}

interface OutDir {
  path: string;
  parent: string;
  name: string;
}

function splitOut(path: string): OutDir {
  const slash = path.lastIndexOf('/');
  return { path, parent: path.slice(0, slash + 1), name: path.slice(slash + 1) };
}

function isOutput(path: string, out: OutDir): boolean {
  if (path === out.path || path.startsWith(out.path + '/')) return true;
  if (!path.startsWith(out.parent)) return false;
  const first = path.slice(out.parent.length).split('/')[0]!;
  return first.startsWith(out.name + '.') || first.startsWith(out.name + '-') || first.startsWith('.' + out.name);
}
