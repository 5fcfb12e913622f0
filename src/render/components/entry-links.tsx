import type { Link } from '../../model/types.js';
import { Icon, isIconName } from '../icons/icon.js';
import { withBase } from './site-url.js';

/** A row of labelled links (slides, video, code …), each with its icon when the theme has one. */
export function ItemLinks({ links, basePath }: { links: readonly Link[]; basePath: string }) {
  if (links.length === 0) return null;
  return (
    <ul class="item-links">
      {links.map((link) => (
        <li>
          <a class="item-links__link" href={withBase(basePath, link.url)}>
            {link.icon && isIconName(link.icon) && <Icon name={link.icon} />}
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
