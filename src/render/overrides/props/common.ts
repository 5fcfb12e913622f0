import type { UiText } from '../../../i18n/ui-text.js';
import type { Link, Site } from '../../../model/types.js';
import { linkLabel } from '../../components/entry-links.js';
import { withBase } from '../../components/site-url.js';

/**
 * The version of the props interface (docs/theming.md). Props are built from the Site model, never from Vita's
 * own markup, so a template keeps working when the default component's HTML changes. Adding a prop is a minor
 * change; renaming or removing one raises PROPS_VERSION. Every prop is always present (null when the data has
 * no value), so a misspelt name is an error.
 */
export const PROPS_VERSION = 1;

/** The values one template sees under its variable. */
export type Props = Record<string, unknown>;

/** The value a prop holds when the data has none: Liquid's nil, so `{% if x %}` works. */
export const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

/** A site-relative or absolute URL from the data, with the site's base path; null when there is none. */
export function urlProp(basePath: string, url: string | undefined): string | null {
  return url ? withBase(basePath, url) : null;
}

/** A row of links as every component's props show it: the label in the site's language, the URL, the icon. */
export function linkProps(links: readonly Link[], basePath: string, ui: UiText): Props[] {
  return links.map((l) => ({ label: linkLabel(l, ui), url: withBase(basePath, l.url), icon: orNull(l.icon) }));
}

/** `site` and `vita`, which every template can read. */
export function commonProps(site: Site): Props {
  const { title, url, basePath, language } = site.config;
  return { site: { title, url, base_path: basePath, language }, vita: { props_version: PROPS_VERSION } };
}
