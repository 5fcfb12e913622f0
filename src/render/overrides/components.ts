import type { Site } from '../../model/types.js';
import type { ComponentName } from '../../validate/schemas/theme.js';
import { POST_ITEM_KEYS, postItemProps, PROJECT_CARD_KEYS, projectCardProps } from './props/cards.js';
import { FOOTER_KEYS, footerProps, NEWS_ITEM_KEYS, newsItemProps, PROFILE_KEYS, profileProps } from './props/chrome.js';
import type { Props } from './props/common.js';
import {
  HONOR_KEYS, honorProps, TALK_KEYS, talkProps, TEACHING_ENTRY_KEYS, teachingEntryProps, TIMELINE_ENTRY_KEYS,
  timelineEntryProps,
} from './props/entries.js';
import { GALLERY_ITEM_KEYS, galleryItemProps, shownGalleryImages } from './props/gallery-item.js';
import { PUBLICATION_KEYS, publicationProps } from './props/publication.js';

/** What Vita needs to know about one component a template may replace. */
export interface ComponentSpec<T extends object = object> {
  /** The variable its template reads, e.g. `pub`. */
  variable: string;
  /** The documented keys of that variable (props version PROPS_VERSION). */
  keys: readonly string[];
  /** Every model object the component draws; each is drawn once, before any page is rendered. */
  items(site: Site): readonly T[];
  /** The props of one of them: built from the model alone, never from Vita's markup. */
  props(item: T, site: Site): Props;
}

// Checks each entry against its own model type, then forgets the type for the table.
const spec = <T extends object>(s: ComponentSpec<T>) => s as unknown as ComponentSpec;

/** Every component a site may draw with its own template (theme.components), with its props. */
export const COMPONENT_SPECS: Record<ComponentName, ComponentSpec> = {
  publication: spec({ variable: 'pub', keys: PUBLICATION_KEYS, items: (s) => s.publications, props: publicationProps }),
  news_item: spec({ variable: 'item', keys: NEWS_ITEM_KEYS, items: (s) => s.news, props: newsItemProps }),
  profile: spec({ variable: 'author', keys: PROFILE_KEYS, items: (s) => [s.author], props: profileProps }),
  footer: spec({ variable: 'footer', keys: FOOTER_KEYS, items: (s) => [s.footer], props: footerProps }),
  timeline_entry: spec({ variable: 'entry', keys: TIMELINE_ENTRY_KEYS, items: (s) => [...s.experience, ...s.education],
    props: timelineEntryProps }),
  honor: spec({ variable: 'honor', keys: HONOR_KEYS, items: (s) => s.honors, props: honorProps }),
  talk: spec({ variable: 'talk', keys: TALK_KEYS, items: (s) => s.talks ?? [], props: talkProps }),
  teaching_entry: spec({ variable: 'course', keys: TEACHING_ENTRY_KEYS, items: (s) => s.teaching ?? [],
    props: teachingEntryProps }),
  project_card: spec({ variable: 'project', keys: PROJECT_CARD_KEYS, items: (s) => s.projects ?? [],
    props: projectCardProps }),
  post_item: spec({ variable: 'post', keys: POST_ITEM_KEYS, items: (s) => s.posts ?? [], props: postItemProps }),
  gallery_item: spec({ variable: 'photo', keys: GALLERY_ITEM_KEYS, items: shownGalleryImages, props: galleryItemProps }),
};
