import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './command.js';

/**
 * The site folder a command was given (default: the current folder), resolved against `cwd`. A mistyped folder,
 * or a file, is a usage mistake (exit 2), told as such rather than as a site error.
 */
export function siteFolderArgument(cwd: string, given: string | undefined): string {
  const root = resolve(cwd, given ?? '.');
  const stats = statSync(root, { throwIfNoEntry: false });
  if (stats === undefined) throw new UsageError(`the folder ${given ?? '.'} does not exist; give the folder of a Vita site (the one holding site.yml)`);
  if (!stats.isDirectory()) throw new UsageError(`${given} is a file, not a folder; give the folder of a Vita site (the one holding site.yml)`);
  return root;
}
