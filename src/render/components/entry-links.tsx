import type { UiText } from '../../i18n/ui-text.js';
import type { Link } from '../../model/types.js';
import { Icon, isIconName } from '../icons/icon.js';
import { withBase } from './site-url.js';

/** A link's label in the site's language: the theme's word when it is one, else the owner's label as written. */
export function linkLabel(link: Link, ui: UiText): string {
  return link.text ? ui.messages[link.text] : link.label;
}

/** A row of labelled links (slides, video, code …), each with its icon when the theme has one. */
export function ItemLinks({ links, basePath, ui }: { links: readonly Link[]; basePath: string; ui: UiText }) {
  if (links.length === 0) return null;
  return (
    <ul class="item-links">
      {links.map((link) => (
        <li>
          <a class="item-links__link" href={withBase(basePath, link.url)}>
            {link.icon && isIconName(link.icon) && <Icon name={link.icon} />}
            {linkLabel(link, ui)}
          </a>
        </li>
      ))}
    </ul>
  );
}
