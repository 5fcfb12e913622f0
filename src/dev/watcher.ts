import { watch, readdirSync, statSync, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

export interface WatchOptions {
  root: string;
  /** Whether a `/`-separated path relative to root is skipped (with everything under it). */
  ignore: (path: string) => boolean;
  /** Quiet time that ends a burst of events (an editor's save is several). */
  debounceMs?: number;
  /** Longest a burst may delay the callback while events keep coming. */
  maxWaitMs?: number;
  /** Called once per burst with the sorted, de-duplicated changed paths (files added, changed or removed). */
  onChange: (paths: string[]) => void;
}

/** A running watcher; `close` stops every underlying fs watcher. */
export interface TreeWatcher {
  close(): void;
}

/**
 * Watches a folder tree with one `fs.watch` per directory. Node 20's `recursive: true` on Linux watches
 * everything (node_modules, the output folder that is replaced on every build) and loses track of
 * renamed folders; doing it per directory lets us skip ignored folders and re-attach whenever a name is
 * replaced — which is also how editors that save by writing a temp file and renaming it stay visible.
 */
export function watchTree(options: WatchOptions): TreeWatcher {
  const debounceMs = options.debounceMs ?? 10;
  const maxWaitMs = options.maxWaitMs ?? 100;
  const watchers = new Map<string, FSWatcher>();
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let burstStart = 0;
  let closed = false;

  const flush = (): void => {
    timer = undefined;
    if (closed || pending.size === 0) return;
    const paths = [...pending].sort();
    pending = new Set();
    options.onChange(paths);
  };
  const record = (path: string): void => {
    const now = performance.now();
    if (pending.size === 0) burstStart = now;
    pending.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, now - burstStart >= maxWaitMs ? 0 : debounceMs);
  };

  const unwatchUnder = (dir: string): void => {
    for (const [path, w] of watchers) {
      if (dir === '' || path === dir || path.startsWith(dir + '/')) {
        w.close();
        watchers.delete(path);
      }
    }
  };

  // Watches `dir` and its subfolders; with `announce`, reports the files found (a folder moved in).
  const watchDir = (dir: string, announce: boolean): void => {
    if (closed || (dir !== '' && options.ignore(dir)) || watchers.has(dir)) return;
    let w: FSWatcher;
    try {
      w = watch(join(options.root, dir), (_event, name) => onEvent(dir, name === null ? undefined : String(name)));
    } catch {
      return; // vanished between listing and watching; its parent's event covers it
    }
    w.on('error', () => unwatchUnder(dir));
    watchers.set(dir, w);
    let entries;
    try {
      entries = readdirSync(join(options.root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = dir === '' ? e.name : `${dir}/${e.name}`;
      if (e.isDirectory()) watchDir(path, announce);
      else if (announce && !options.ignore(path)) record(path);
    }
  };

  const onEvent = (dir: string, name: string | undefined): void => {
    if (closed) return;
    if (name === undefined) return void rescan(dir);
    const path = dir === '' ? name : `${dir}/${name}`;
    if (options.ignore(path)) return;
    let isDir = false;
    try {
      isDir = statSync(join(options.root, path)).isDirectory();
    } catch {
      // Gone: a deletion, or the first half of a rename. Either way its watchers are stale.
      unwatchUnder(path);
    }
    if (isDir) {
      // Re-attach even if watched: the name may now be a different folder (replaced or renamed in).
      unwatchUnder(path);
      watchDir(path, true);
    }
    record(path);
  };

  // The OS did not say which entry changed: treat the whole folder as new.
  const rescan = (dir: string): void => {
    unwatchUnder(dir);
    watchDir(dir, true);
    record(dir);
  };

  watchDir('', false);
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
