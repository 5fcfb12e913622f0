import { Icon } from '../icons/icon.js';
import type { SearchAssetUrls } from '../search/search-assets.js';
import { withBase } from './site-url.js';

/**
 * The header's search button, drawn like the theme toggle. Rendered `hidden` because the dialog needs
 * JavaScript; the boot script un-hides it. Its data attributes tell the script where the dialog and index are.
 */
export function SearchButton({ basePath, urls, label, words }: { basePath: string; urls: SearchAssetUrls; label: string; words: string | undefined }) {
  return (
    <button class="theme-toggle search-button" type="button" aria-haspopup="dialog" aria-keyshortcuts="/ Control+K Meta+K"
      data-search-dialog={withBase(basePath, urls.dialog)} data-search-css={withBase(basePath, urls.css)} data-search-base={basePath + '/'}
      data-search-words={words} hidden>
      <Icon name="search" />
      <span class="sr-only">{label}</span>
    </button>
  );
}
