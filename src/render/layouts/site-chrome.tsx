import { renderToString } from 'preact-render-to-string';
import type { Site } from '../../model/types.js';
import { ProfileSidebar } from '../components/profile-sidebar.js';
import { SiteFooter } from '../components/site-footer.js';
import { SiteHeader } from '../components/site-header.js';
import { siteHeadHtml, type ThemeAssets } from '../head/document-head.js';
import { escapeAttr } from '../head/escape.js';
import { drawnOf } from '../overrides/prepare-overrides.js';
import { languageSwitchHtml } from '../languages/language-switch.js';

/**
 * The parts of every page that depend only on the site, rendered once per Site and reused:
 * a build renders thousands of pages and these would otherwise dominate the time.
 * Keyed weakly by the (immutable) Site, so a rebuild with a new Site starts fresh and nothing leaks.
 */
interface Chrome {
  sidebar: string;
  footer: string;
  /** Header HTML by index of the current navigation item (-1: none); at most navigation.length + 1 entries. */
  headers: Map<number, string>;
  /** Shared <head> tags by asset URLs (normally a single entry). */
  heads: Map<string, string>;
}

const cache = new WeakMap<Site, Chrome>();

function chrome(site: Site): Chrome {
  let c = cache.get(site);
  if (!c) {
    const basePath = site.config.basePath;
    const html = site.theme?.html ?? {};
    // The owner's templates draw the inside; the landmark elements stay Vita's, so every page keeps them.
    const ownProfile = drawnOf(site, 'profile')?.get(site.author);
    const ownFooter = drawnOf(site, 'footer')?.get(site.footer);
    const label = escapeAttr(site.ui.messages.profile);
    const sidebar = ownProfile !== undefined
      ? `<aside class="profile profile--override" aria-label="${label}">${ownProfile}</aside>`
      : renderToString(<ProfileSidebar author={site.author} basePath={basePath} ui={site.ui} />);
    const footer = ownFooter !== undefined
      ? `<footer class="site-footer site-footer--override"><div class="site-footer__inner">${ownFooter}</div></footer>`
      : renderToString(<SiteFooter footer={site.footer} basePath={basePath} />);
    c = {
      sidebar: beforeEnd(sidebar, '</aside>', html.sidebar_end),
      footer: beforeEnd(footer, '</footer>', html.footer_end),
      headers: new Map(),
      heads: new Map(),
    };
    cache.set(site, c);
  }
  return c;
}

// The owner's snippet goes just inside the element's closing tag, so it is part of the sidebar or the footer.
function beforeEnd(html: string, closing: string, snippet: string | undefined): string {
  if (!snippet) return html;
  const at = html.lastIndexOf(closing);
  return at < 0 ? html + snippet : html.slice(0, at) + snippet + html.slice(at);
}

/** The profile sidebar of the site's owner. */
export function sidebarHtml(site: Site): string {
  return chrome(site).sidebar;
}

/** The site footer. */
export function footerHtml(site: Site): string {
  return chrome(site).footer;
}

/**
 * Skip link and header with navigation item `current` marked as the current page; on a multilingual site the
 * language switcher (which depends on the page) ends the header.
 */
export function headerHtml(site: Site, current: number, assets: ThemeAssets, pageUrl?: string): string {
  const headers = chrome(site).headers;
  let html = headers.get(current);
  if (html === undefined) {
    html = renderToString(<SiteHeader site={site} current={current} search={assets.search} />);
    headers.set(current, html);
  }
  if (!site.languages) return html;
  const end = html.lastIndexOf('</div></header>');
  return html.slice(0, end) + languageSwitchHtml(site, pageUrl) + html.slice(end);
}

/** The <head> tags every page of the site shares. */
export function sharedHeadHtml(site: Site, assets: ThemeAssets): string {
  const heads = chrome(site).heads;
  const key = `${assets.css}\n${assets.js}\n${assets.siteCss ?? ''}`;
  let html = heads.get(key);
  if (html === undefined) {
    html = siteHeadHtml(site, assets);
    heads.set(key, html);
  }
  return html;
}
