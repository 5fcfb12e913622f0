import { renderToString } from 'preact-render-to-string';
import type { Page, PageDisplay, Site } from '../../model/types.js';
import { currentNavIndex } from '../components/top-nav.js';
import { pageHeadHtml, type ThemeAssets } from '../head/document-head.js';
import { jsonLdScripts, personJsonLd } from '../head/json-ld.js';
import { canonicalUrl, isHomePage, pageDescription, pageTitle } from '../head/page-meta.js';
import { documentHtml } from './document.js';
import type { PageContext } from './page-context.js';
import { tocHtml } from './toc.js';
import { footerHtml, headerHtml, sharedHeadHtml, sidebarHtml } from './site-chrome.js';

function pageArticle(title: string, bodyHtml: string, display: PageDisplay = {}): string {
  const toc = display.toc ? tocHtml(bodyHtml) : '';
  return renderToString(
    <article class="page">
      <h1 class={display.hideTitle ? 'page__title sr-only' : 'page__title'}>{title}</h1>
      {toc && <div class="page__toc" dangerouslySetInnerHTML={{ __html: toc }} />}
      <div class="page__body prose" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
    </article>,
  );
}

/** The classes of the layout box and whether it holds the profile, from the layout, the theme and front matter. */
function layoutOf(site: Site, page: Page): { classes: string; profile: boolean } {
  const placement = page.display?.profile ?? (page.layout === 'home' ? site.theme?.profile ?? 'left' : 'none');
  const classes = ['layout', placement === 'none' ? 'layout--page' : 'layout--home'];
  if (placement === 'top') classes.push('layout--profile-top');
  if (page.display?.fullWidth) classes.push('layout--full');
  return { classes: classes.join(' '), profile: placement !== 'none' };
}

/**
 * A complete HTML document for one page: layout `home` puts the owner's profile beside the body (or above it,
 * or nowhere, as the theme or the page's front matter says); every other layout (`page`, `publications`) shows
 * the body alone under its title.
 */
export function renderPage(ctx: PageContext): string {
  const { site, page } = ctx;
  const layout = layoutOf(site, page);
  const title = pageTitle(site, page);
  const jsonLd: object[] = [...(isHomePage(page) ? [personJsonLd(site)] : []), ...(ctx.jsonLd ?? [])];
  const pageHead = pageHeadHtml({
    title,
    description: pageDescription(site, page),
    canonical: canonicalUrl(site, page),
    ogType: isHomePage(page) ? 'profile' : 'website',
    ...(ctx.extraHead ? { extraHead: ctx.extraHead } : {}),
    ...(jsonLd.length > 0 ? { jsonLdHtml: jsonLdScripts(jsonLd) } : {}),
  });
  const article = pageArticle(page.title, ctx.bodyHtml, page.display);
  const body = pageBody(site, currentNavIndex(site.navigation, page.url), layout.classes, layout.profile ? sidebarHtml(site) : '', article);
  return documentHtml(site, { pageHead, sharedHead: sharedHeadHtml(site, ctx.assets), body });
}

/** The 404 page: reachable at any depth, so every link in it is site-absolute; never indexed. */
export function renderNotFound(site: Site, assets: ThemeAssets): string {
  const title = `Page not found · ${site.config.title}`;
  const pageHead = pageHeadHtml({ title, description: site.config.description, ogType: 'website', noindex: true });
  const article = renderToString(
    <article class="page page--not-found">
      <h1 class="page__title">Page not found</h1>
      <div class="page__body prose">
        <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
        <p><a href={site.config.basePath + '/'}>Go to the home page</a></p>
      </div>
    </article>,
  );
  const body = pageBody(site, -1, 'layout layout--page', '', article);
  return documentHtml(site, { pageHead, sharedHead: sharedHeadHtml(site, assets), body });
}

// Header, layout box (sidebar and main) and footer, with the owner's HTML snippets at their places.
function pageBody(site: Site, current: number, layoutClasses: string, sidebar: string, article: string): string {
  const html = site.theme?.html ?? {};
  const main = `<main id="main" class="main">${html.main_before ?? ''}${article}${html.main_after ?? ''}</main>`;
  return (html.header_before ?? '') + headerHtml(site, current) + (html.header_after ?? '') +
    `<div class="${layoutClasses}">${sidebar}${main}</div>` + footerHtml(site);
}
