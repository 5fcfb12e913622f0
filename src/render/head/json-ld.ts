import type { Site } from '../../model/types.js';
import { absoluteUrl, isExternal } from '../components/site-url.js';

const UNSAFE_IN_SCRIPT = /[<>&]/;
const SCRIPT_ESCAPES: Readonly<Record<string, string>> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026' };

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` become \u escapes, so no data value
 * can close the script element or open a comment, and the JSON still parses to the same value.
 */
export function serializeJsonLd(value: unknown): string {
  const json = JSON.stringify(value);
  // One pass, and none for the usual JSON that holds none of the three.
  return UNSAFE_IN_SCRIPT.test(json) ? json.replace(/[<>&]/g, (c) => SCRIPT_ESCAPES[c]!) : json;
}

/** schema.org `Person` for the site owner; `sameAs` lists their external profile links (not the CV). */
export function personJsonLd(site: Site): Record<string, unknown> {
  const a = site.author;
  const person: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: a.name,
    url: absoluteUrl(site.config, '/'),
  };
  if (a.nativeName) person.alternateName = a.nativeName;
  if (a.avatar) person.image = absoluteUrl(site.config, a.avatar);
  if (a.position) person.jobTitle = a.position;
  if (a.employer) {
    person.worksFor = { '@type': 'Organization', name: a.employer.name, ...(a.employer.url ? { url: a.employer.url } : {}) };
  }
  if (a.location) person.homeLocation = { '@type': 'Place', name: a.location };
  if (a.interests.length > 0) person.knowsAbout = [...a.interests];
  const sameAs = a.links.filter((l) => l.kind !== 'cv' && isExternal(l.url)).map((l) => l.url);
  if (sameAs.length > 0) person.sameAs = sameAs;
  return person;
}

/** One `<script type="application/ld+json">` element per item. */
export function jsonLdScripts(items: readonly unknown[]): string {
  return items.map((item) => `<script type="application/ld+json">${serializeJsonLd(item)}</script>`).join('');
}
