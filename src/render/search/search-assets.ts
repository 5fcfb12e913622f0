import { createHash } from 'node:crypto';
import type { OutputFile } from '../../write/output-file.js';
import { minifyCss } from '../minify-css.js';
import { themeBytes, themeText } from '../theme-dir.js';

/** Site-relative URLs of the search files (`/assets/search-boot.1a2b3c4d5e.js` …); the base path is added by the layout. */
export interface SearchAssetUrls {
  /** Small deferred script on every page: the header button and the `/` and Ctrl/Cmd-K keys. */
  boot: string;
  /** The dialog (an ES module), imported when it first opens. */
  dialog: string;
  /** The dialog's stylesheet, added when it first opens. */
  css: string;
}

/** The search dialog's script and stylesheet, named by content hash like the theme's own files. */
export function searchAssets(): { urls: SearchAssetUrls; files: OutputFile[] } {
  const boot = themeBytes('search-boot.js');
  const dialog = themeBytes('search-dialog.js');
  const css = Buffer.from(minifyCss(themeText('search.css')));
  const files = [
    { path: `assets/search-boot.${hash(boot)}.js`, content: boot },
    { path: `assets/search-dialog.${hash(dialog)}.js`, content: dialog },
    { path: `assets/search.${hash(css)}.css`, content: css },
  ];
  return { urls: { boot: '/' + files[0]!.path, dialog: '/' + files[1]!.path, css: '/' + files[2]!.path }, files };
}

function hash(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 10);
}
