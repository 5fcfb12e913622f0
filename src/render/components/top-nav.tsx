import type { NavItem } from '../../model/types.js';
import { encodeSiteUrl } from '../../model/url-encoding.js';
import { withBase } from './site-url.js';

/** Index of the navigation item for `currentUrl`, or -1: only exact matches count as the current page. */
export function currentNavIndex(items: readonly NavItem[], currentUrl: string | undefined): number {
  if (currentUrl === undefined) return -1;
  // Compared as URLs: a navigation entry may be written encoded (/caf%C3%A9/) or not (/café/).
  const current = encodeSiteUrl(currentUrl);
  return items.findIndex((item) => encodeSiteUrl(item.url) === current);
}

/** The site's main navigation, with the current page marked for assistive technology and the CSS. */
export function TopNav({ items, current, basePath, label }: {
  items: readonly NavItem[];
  current: number;
  basePath: string;
  /** Accessible name of the navigation, in the site's language. */
  label: string;
}) {
  if (items.length === 0) return null;
  return (
    <nav class="site-nav" aria-label={label}>
      <ul>
        {items.map((item, i) => (
          <li><a href={withBase(basePath, item.url)} aria-current={i === current ? 'page' : undefined}>{item.title}</a></li>
        ))}
      </ul>
    </nav>
  );
}
