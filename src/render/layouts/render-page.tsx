import { renderToString } from 'preact-render-to-string';
import type { Page, PageDisplay, Site } from '../../model/types.js';
import { escapeJsx } from '../components/jsx-escape.js';
import { currentNavIndex } from '../components/top-nav.js';
import { pageHeadHtml, type ThemeAssets } from '../head/document-head.js';
import { jsonLdScripts, personJsonLd } from '../head/json-ld.js';
import { canonicalUrl, isHomePage, pageDescription, pageTitle } from '../head/page-meta.js';
import { searchAttributes, type SearchAttributes } from '../search/search-markup.js';
import { documentHtml } from './document.js';
import type { PageContext } from './page-context.js';
import { tocHtml } from './toc.js';
import { footerHtml, headerHtml, sharedHeadHtml, sidebarHtml } from './site-chrome.js';
import { alternateLinksHtml } from '../languages/alternate-links.js';

// A string template, not JSX: it runs for every page, and preact-render-to-string cost a large build ~50 ms.
// Same bytes as the JSX it replaced (test/render/layouts/render-page.test.ts keeps that JSX to compare with).
/** The page's title, its table of contents when asked for, and its body. */
export function pageArticle(site: Site, title: string, bodyHtml: string, display: PageDisplay = {}): string {
  const toc = display.toc ? tocHtml(bodyHtml, site.ui.messages.on_this_page) : '';
  return `<article class="page"><h1 class="${display.hideTitle ? 'page__title sr-only' : 'page__title'}">${escapeJsx(title)}</h1>` +
    `${toc ? `<div class="page__toc">${toc}</div>` : ''}<div class="page__body prose">${bodyHtml}</div></article>`;
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
  const home = isHomePage(page, site);
  const jsonLd: object[] = [...(home ? [personJsonLd(site)] : []), ...(ctx.jsonLd ?? [])];
  const alternates = alternateLinksHtml(site, page.url);
  const pageHead = pageHeadHtml({
    title,
    description: pageDescription(site, page),
    canonical: canonicalUrl(site, page),
    ogType: home ? 'profile' : 'website',
    ...(alternates ? { alternatesHtml: alternates } : {}),
    ...(ctx.extraHead ? { extraHead: ctx.extraHead } : {}),
    ...(jsonLd.length > 0 ? { jsonLdHtml: jsonLdScripts(jsonLd) } : {}),
  });
  const article = pageArticle(site, page.title, ctx.bodyHtml, page.display);
  const search = searchAttributes(site, page.url, ctx.search);
  const body = pageBody(site, ctx.assets, currentNavIndex(site.navigation, page.url), layout, article, search, page.url);
  return documentHtml(site, { pageHead, sharedHead: sharedHeadHtml(site, ctx.assets), body });
}

/** The 404 page: reachable at any depth, so every link in it is site-absolute; never indexed. */
export function renderNotFound(site: Site, assets: ThemeAssets): string {
  const t = site.ui.messages;
  const title = `${t.not_found_title} · ${site.config.title}`;
  const pageHead = pageHeadHtml({ title, description: site.config.description, ogType: 'website', noindex: true });
  const article = renderToString(
    <article class="page page--not-found">
      <h1 class="page__title">{t.not_found_title}</h1>
      <div class="page__body prose">
        <p>{t.not_found_text}</p>
        <p><a href={site.config.basePath + '/'}>{t.not_found_home}</a></p>
      </div>
    </article>,
  );
  const body = pageBody(site, assets, -1, { classes: 'layout layout--page', profile: false }, article);
  return documentHtml(site, { pageHead, sharedHead: sharedHeadHtml(site, assets), body });
}

// Header, layout box (sidebar and main) and footer, with the owner's HTML snippets at their places, and the
// Pagefind attributes when the page is indexed for search.
function pageBody(site: Site, assets: ThemeAssets, current: number, layout: { classes: string; profile: boolean }, article: string,
  search: SearchAttributes = { main: '', layout: '' }, pageUrl?: string): string {
  const html = site.theme?.html ?? {};
  const sidebar = layout.profile ? sidebarHtml(site) : '';
  const main = `<main id="main" class="main"${search.main}>${html.main_before ?? ''}${article}${html.main_after ?? ''}</main>`;
  return (html.header_before ?? '') + headerHtml(site, current, assets, pageUrl) + (html.header_after ?? '') +
    `<div class="${layout.classes}"${search.layout}>${sidebar}${main}</div>` + footerHtml(site);
}
