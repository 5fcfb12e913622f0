import type { UiText } from '../../i18n/ui-text.js';
import type { Author } from '../../model/types.js';
import { Icon } from '../icons/icon.js';
import { emailLinkHtml } from './email-link.js';
import { renderInlineMarkdown } from './inline-markdown.js';
import { ProfileLinks } from './profile-links.js';
import { withBase } from './site-url.js';

const AVATAR_SIZE = 160;

/** A language tag for a native-script name, so screen readers pronounce it; only scripts we can tell apart. */
export function scriptLanguage(text: string): string | undefined {
  if (/[\u3040-\u30ff]/.test(text)) return 'ja';
  if (/[\uac00-\ud7af]/.test(text)) return 'ko';
  if (/[\u4e00-\u9fff]/.test(text)) return 'zh';
  return undefined;
}

/** The owner's card: avatar, names, position, employer, location, email, bio, interests and links. */
export function ProfileSidebar({ author, basePath, ui }: { author: Author; basePath: string; ui: UiText }) {
  const employer = author.employer;
  return (
    <aside class="profile" aria-label={ui.messages.profile}>
      {author.avatar && (
        <img class="profile__avatar" src={withBase(basePath, author.avatar)} alt={author.name}
          width={AVATAR_SIZE} height={AVATAR_SIZE} decoding="async" />
      )}
      <div class="profile__intro">
        <p class="profile__name">
          {author.name}
          {author.nativeName && (
            <span class="profile__native" lang={scriptLanguage(author.nativeName)}>{author.nativeName}</span>
          )}
        </p>
        {author.position && <p class="profile__position">{author.position}</p>}
        {author.bio && <p class="profile__bio" dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(author.bio) }} />}
      </div>
      <ul class="profile__facts">
        {employer && (
          <li>
            <Icon name="building" />
            <span>{employer.url ? <a href={withBase(basePath, employer.url)}>{employer.name}</a> : employer.name}</span>
          </li>
        )}
        {author.location && <li><Icon name="location" /><span>{author.location}</span></li>}
        {author.emails.map((address) => (
          <li><Icon name="email" /><span dangerouslySetInnerHTML={{ __html: emailLinkHtml(address) }} /></li>
        ))}
      </ul>
      {author.interests.length > 0 && (
        <div class="profile__interests">
          <p class="profile__label">{ui.messages.research_interests}</p>
          <ul>{author.interests.map((interest) => <li>{interest}</li>)}</ul>
        </div>
      )}
      <ProfileLinks links={author.links} basePath={basePath} />
    </aside>
  );
}
