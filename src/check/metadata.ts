import type { BuiltPage } from './built-site.js';
import type { CheckContext } from './context.js';

/** Pages without a `<title>` or a meta description: search results and browser tabs show nothing useful. */
export function checkMetadata(ctx: CheckContext): void {
  for (const page of ctx.site.pages) {
    // A redirect page is never indexed or read; it only forwards to the canonical URL.
    if (page.isRedirect) continue;
    const url = ctx.basePath + page.url;
    if (!page.scan.title) {
      const { file } = ctx.locate(page);
      ctx.bag.error('missing-title', file, undefined, `Page ${url} has no <title>.`, 'Give the page a title: in its front matter.');
    }
    // Search engines never list a noindex page (the 404 page), so only its title matters.
    if (robotsNoindex(page)) continue;
    const description = page.scan.tags.find((t) => t.name === 'meta' && t.attrs.get('name')?.value.toLowerCase() === 'description');
    if (!description?.attrs.get('content')?.value.trim()) {
      const { file } = ctx.locate(page);
      ctx.bag.error('missing-description', file, undefined, `Page ${url} has no meta description.`,
        'Add description: to the page front matter, or a site-wide description: to site.yml.');
    }
  }
}

function robotsNoindex(page: BuiltPage): boolean {
  return page.scan.tags.some((t) => t.name === 'meta' && t.attrs.get('name')?.value.toLowerCase() === 'robots'
    && /(^|[\s,])(noindex|none)([\s,]|$)/i.test(t.attrs.get('content')?.value ?? ''));
}
