import { didYouMean } from '../validate/did-you-mean.js';
import { resolveOutputPath, type BuiltPage } from './built-site.js';
import { classifyUrl } from './classify-url.js';
import type { CheckContext } from './context.js';

// Browsers scroll to the top for these fragments even when no element has that id.
const IMPLICIT_FRAGMENTS = new Set(['', 'top']);

/** Broken internal links: `<a href>` to a page or file that is not in the output, or to an id not on the target page. */
export function checkLinks(ctx: CheckContext): void {
  const byPath = new Map(ctx.site.pages.map((p) => [p.path, p]));
  for (const page of ctx.site.pages) {
    for (const tag of page.scan.tags) {
      if (tag.name !== 'a' && tag.name !== 'area') continue;
      const href = tag.attrs.get('href');
      if (!href) continue;
      const target = classifyUrl(href.value, page.url, ctx.basePath);
      const where = () => ctx.locate(page, href.offset, href.value);
      if (target.kind === 'outside-base') {
        const { file, position } = where();
        ctx.bag.error('link-outside-base', file, position, `Link "${href.value}" points outside the site's base path ${ctx.basePath}/.`,
          `Write site-relative links starting with ${ctx.basePath}/, or relative links.`);
        continue;
      }
      if (target.kind !== 'internal') continue;
      const outputPath = resolveOutputPath(ctx.site, target.path);
      if (!outputPath) {
        const { file, position } = where();
        ctx.bag.error('broken-link', file, position, `Link "${href.value}" points to ${target.path}, which is not in the built site.`,
          'Fix the URL, or add the page (pages/…) or file (static/…) it names.');
        continue;
      }
      if (target.fragment === undefined || IMPLICIT_FRAGMENTS.has(target.fragment)) continue;
      const targetPage = byPath.get(outputPath);
      // Fragments of PDFs and other files (`#page=2`) are not ids; only HTML pages are checked.
      if (!targetPage || targetPage.anchors.has(target.fragment)) continue;
      const { file, position } = where();
      ctx.bag.error('broken-anchor', file, position,
        `Link "${href.value}" points to #${target.fragment}, which is not an id on ${ctx.basePath}${targetPage.url}.`, anchorHint(target.fragment, targetPage));
    }
  }
}

function anchorHint(fragment: string, target: BuiltPage): string {
  const guess = didYouMean(fragment, [...target.anchors].sort());
  return guess ? `Did you mean #${guess}?` : 'Anchors are the ids of elements on the page, e.g. the heading ids.';
}
