/** The checks before an import reads anything: the source is a Jekyll site, the destination is free. */
import { existsSync, lstatSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { isEmptyDir } from './writer.js';

/** Reports why `src` cannot be imported into `dest` (as `given`, the user's spelling); true when it can. */
export function canImport(src: string, dest: string, given: { src: string; dest: string; force?: boolean },
  bag: DiagnosticBag): boolean {
  const config = join(src, '_config.yml');
  const sourceHint = 'Give the folder of your academicpages repository (the one holding _config.yml).';
  if (!existsSync(src) || !statSync(src).isDirectory()) {
    bag.error('import-no-source', given.src, undefined, 'This folder does not exist.', sourceHint);
  } else if (existsSync(config) && !lstatSync(config).isFile()) {
    bag.error('import-config-not-a-file', '_config.yml', undefined,
      '_config.yml is a symbolic link or not an ordinary file; the importer does not follow links.',
      'Replace the link with the file itself and import again.');
  } else if (!existsSync(config)) {
    bag.error('import-no-config', '_config.yml', undefined,
      `There is no _config.yml in ${given.src}, so it is not a Jekyll site.`, sourceHint);
  } else if (!given.force && !isEmptyDir(dest)) {
    bag.error('import-dest-not-empty', given.dest, undefined, 'The destination folder is not empty.',
      'Choose a new folder, or pass --force to write over the files in it.');
  }
  return !bag.hasErrors;
}
