import { renderToString } from 'preact-render-to-string';
import type { Site } from '../../model/types.js';
import { currentNavIndex } from '../components/top-nav.js';
import { pageHeadHtml, type ThemeAssets } from '../head/document-head.js';
import { jsonLdScripts, personJsonLd } from '../head/json-ld.js';
import { canonicalUrl, isHomePage, pageDescription, pageTitle } from '../head/page-meta.js';
import { documentHtml } from './document.js';
import type { PageContext } from './page-context.js';
import { footerHtml, headerHtml, sharedHeadHtml, sidebarHtml } from './site-chrome.js';

function pageArticle(title: string, bodyHtml: string): string {
  return renderToString(
    <article class="page">
      <h1 class="page__title">{title}</h1>
      <div class="page__body prose" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
    </article>,
  );
}

/**
 * A complete HTML document for one page: layout `home` puts the owner's profile beside the body; every other
 * layout (`page`, `publications`) shows the body alone under its title.
 */
export function renderPage(ctx: PageContext): string {
  const { site, page } = ctx;
  const home = page.layout === 'home';
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
  const main = `<main id="main" class="main">${pageArticle(page.title, ctx.bodyHtml)}</main>`;
  const body = headerHtml(site, currentNavIndex(site.navigation, page.url)) +
    `<div class="layout layout--${home ? 'home' : 'page'}">${home ? sidebarHtml(site) : ''}${main}</div>` +
    footerHtml(site);
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
  const body = headerHtml(site, -1) + `<div class="layout layout--page"><main id="main" class="main">${article}</main></div>` +
    footerHtml(site);
  return documentHtml(site, { pageHead, sharedHead: sharedHeadHtml(site, assets), body });
}
