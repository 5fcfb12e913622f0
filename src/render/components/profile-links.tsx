import type { ProfileLink } from '../../model/types.js';
import { Icon, profileIcon } from '../icons/icon.js';
import { isExternal, withBase } from './site-url.js';

/** The owner's profile links, each an icon plus its visible label (which is also the accessible name). */
export function ProfileLinks({ links, basePath }: { links: readonly ProfileLink[]; basePath: string }) {
  if (links.length === 0) return null;
  return (
    <ul class="profile__links">
      {links.map((link) => (
        <li>
          {/* rel="me" lets Mastodon and others verify that this site belongs to the profile. */}
          <a href={withBase(basePath, link.url)} rel={isExternal(link.url) ? 'me noopener' : undefined}>
            <Icon name={profileIcon(link.kind)} />
            <span>{link.label}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
