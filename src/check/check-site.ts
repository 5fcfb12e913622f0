import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { BuiltSite } from './built-site.js';
import { makeLocator, type LocatorOptions } from './context.js';
import { checkExternalLinks, type ExternalOptions } from './external-links.js';
import { checkImageAlt } from './image-alt.js';
import { checkLinks } from './links.js';
import { checkMetadata } from './metadata.js';
import { checkResources } from './resources.js';

export interface CheckSiteOptions extends LocatorOptions {
  site: BuiltSite;
  /** Path prefix the site is served under, `''` or like `/repo`. */
  basePath: string;
  /** Also request external links (slow; needs the network). */
  external?: boolean | ExternalOptions;
}

/** Runs every check over a built site; returns the problems sorted, each reported once. */
export async function checkBuiltSite(options: CheckSiteOptions): Promise<Diagnostic[]> {
  const bag = new DiagnosticBag();
  const ctx = { site: options.site, basePath: options.basePath, bag, locate: makeLocator(options) };
  checkLinks(ctx);
  checkResources(ctx);
  checkImageAlt(ctx);
  checkMetadata(ctx);
  if (options.external) await checkExternalLinks(ctx, options.external === true ? {} : options.external);
  return dedupe(bag.sorted());
}

// A broken link in the navigation appears on every page but is one mistake in one place: report it once.
function dedupe(sorted: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return sorted.filter((d) => {
    const key = `${d.rule}\0${d.file}\0${d.position?.line}:${d.position?.col}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
