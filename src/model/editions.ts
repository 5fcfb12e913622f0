import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { languageFolder, languageName } from '../i18n/language-tag.js';
import type { LanguageChoice } from '../i18n/translated.js';
import type { LoadedSite } from '../load/load-site.js';
import { buildHonors, buildNews, buildTimeline } from './home-data.js';
import type { PageInLanguage } from './page-languages.js';
import { buildPages } from './pages.js';
import { siteSettings } from './site-config.js';
import type { NavItem, Page, PageVersion, Publication, Site, SiteLanguage, SiteLanguages } from './types.js';

/**
 * A multilingual site: the default language's Site (`site`, its pages already built) gets one edition per other
 * language, with that language's pages under its folder and every translated value in that language.
 * Problems are reported once: what an edition finds again (the same data read again) is not repeated.
 */
export function withEditions(site: Site, loaded: LoadedSite, files: readonly PageInLanguage[], bag: DiagnosticBag,
  options: { drafts: boolean }, tags: readonly string[]): Site {
  const all: SiteLanguage[] = tags.map((tag, i) => ({ tag, name: languageName(tag), prefix: i === 0 ? '' : `/${languageFolder(tag)}` }));
  const keyOf = new Map(files.map((f) => [f.file.source.file, f.key.replace(/\.(md|markdown)$/i, '')]));
  const pagesOf = new Map<string, Page[]>([[all[0]!.tag, site.pages]]);
  for (const language of all.slice(1)) {
    const own = files.filter((f) => f.language === language.tag).map((f) => f.file);
    pagesOf.set(language.tag, buildPages(own, bag, options, { prefix: language.prefix, pathOf: (file) => keyOf.get(file.source.file) ?? file.source.file }));
  }
  const versions = pageVersions(all, pagesOf, keyOf);
  const again = new DiagnosticBag();
  const editions = all.slice(1).map((language) => edition(site, loaded, pagesOf.get(language.tag) ?? [], { current: language, all, versions }, again));
  for (const d of again.items) bag.addNew(d);
  return { ...site, languages: { current: all[0]!, all, versions }, editions };
}

// One language's Site: the default's, with that language's settings, data, pages and publication titles.
function edition(site: Site, loaded: LoadedSite, pages: Page[], languages: SiteLanguages, bag: DiagnosticBag): Site {
  const language = languages.current;
  const settings = loaded.siteYml ? siteSettings(loaded.siteYml, bag, loaded.themeFiles, language.tag) : undefined;
  const choice: LanguageChoice = { language: language.tag, fallback: site.config.language };
  const { editions: _none, ...shared } = site;
  return {
    ...shared,
    config: { ...site.config, ...(settings ? { title: settings.config.title, description: settings.config.description } : {}), language: language.tag },
    ...(settings ? { ui: settings.ui, author: settings.author, footer: settings.footer } : {}),
    navigation: localNavigation(settings?.navigation ?? site.navigation, language, languages.versions),
    pages,
    news: buildNews(loaded.data.get('news'), bag, choice),
    experience: buildTimeline(loaded.data.get('experience'), bag, choice),
    education: buildTimeline(loaded.data.get('education'), bag, choice),
    honors: buildHonors(loaded.data.get('honors'), bag, choice),
    publications: site.publications.map((p) => translatedTitle(p, language.tag, site.config.language)),
    languages,
  };
}

// A title with no translation stays in the language it was given in (the default's, unless its translations
// name another): the theme marks it with `lang`.
function translatedTitle(p: Publication, tag: string, defaultTag: string): Publication {
  const wanted = tag.toLowerCase();
  const translations = Object.entries(p.titleTranslations ?? {});
  const title = translations.find(([t]) => t.toLowerCase() === wanted)?.[1];
  if (title !== undefined) return { ...p, title };
  const given = translations.find(([, text]) => text === p.title)?.[0] ?? defaultTag;
  return { ...p, fallbackLanguages: { title: given } };
}

// Pages are versions of each other when their files share a path once the language is taken out of it.
function pageVersions(all: readonly SiteLanguage[], pagesOf: ReadonlyMap<string, Page[]>, keyOf: ReadonlyMap<string, string>): Record<string, PageVersion[]> {
  const groups = new Map<string, PageVersion[]>();
  for (const language of all) {
    for (const page of pagesOf.get(language.tag) ?? []) {
      const key = keyOf.get(page.source.file) ?? page.source.file;
      groups.set(key, [...(groups.get(key) ?? []), { tag: language.tag, url: page.url }]);
    }
  }
  const out: Record<string, PageVersion[]> = {};
  for (const group of groups.values()) for (const version of group) out[version.url] = group;
  return out;
}

/** The navigation in one language: an item leads to that language's version of its page when there is one. */
export function localNavigation(items: readonly NavItem[], language: SiteLanguage, versions: Readonly<Record<string, readonly PageVersion[]>>): NavItem[] {
  return items.map((item) => ({ ...item, url: versions[item.url]?.find((v) => v.tag === language.tag)?.url ?? item.url }));
}

/** The site in every language: the default language's Site, then its editions. */
export function everyLanguage(site: Site): Site[] {
  return [site, ...(site.editions ?? [])];
}
