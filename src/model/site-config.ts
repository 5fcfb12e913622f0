import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { positionOf, type YamlFile } from '../load/yaml.js';
import { siteSchema, type SiteRecord } from '../validate/schemas/site.js';
import { validateYaml } from '../validate/zod-diagnostics.js';
import { cvPdfSettings, type CvPdfSettings } from './cv-pdf-settings.js';
import { normalisePermalink } from './permalink.js';
import { checkUrl } from '../validate/url.js';
import { PROFILE_ORDER, profileLink } from './profile-links.js';
import type { SourceText } from '../load/source-text.js';
import { buildTheme } from './theme/build-theme.js';
import type { Analytics, Author, Footer, NavItem, ProfileLink, SearchSettings, SiteConfig, Theme } from './types.js';
import type { UiText } from '../i18n/ui-text.js';
import { buildUiText } from './ui-text.js';
import { localeFor } from '../i18n/locales/index.js';
import { localize, localizeStrictly, type Localized } from '../i18n/translated.js';
import { checkTranslations } from './translation-check.js';

export interface SiteSettings {
  config: SiteConfig;
  theme?: Theme;
  author: Author;
  navigation: NavItem[];
  footer: Footer;
  analytics?: Analytics;
  cvPdf: CvPdfSettings;
  ui: UiText;
  /** site.yml's `languages:` (the default first), or the one `language:`. */
  languages: string[];
}

/**
 * Validates site.yml and turns it into the site's settings (theme files come from theme/) with translated values in
 * `edition` (default: the site's default language); undefined when it has errors.
 */
export function siteSettings(file: YamlFile, bag: DiagnosticBag, themeFiles: ReadonlyMap<string, SourceText> = new Map(), edition?: string): SiteSettings | undefined {
  const validated = validateYaml(siteSchema, file, bag);
  if (!validated) return undefined;
  const languages = validated.languages ?? [validated.language ?? 'en'];
  const fallback = languages[0]!;
  if (validated.languages && validated.language !== undefined && validated.language !== fallback) {
    bag.error('conflicting-keys', file.source.file, positionOf(file, ['language'], 'key'),
      `"language: ${validated.language}" differs from the first of "languages:" (${fallback}), the site's default language.`,
      'Remove language: (a multilingual site\'s default language is the first one under languages:).');
  }
  if (edition === undefined) checkTranslations(file, validated, languages, bag);
  const language = edition ?? fallback;
  const record: Localized<typeof validated> = localize(validated, { language, fallback });
  // The owner's wording of a UI string in one language must not replace the shipped words of another.
  const uiText = language === fallback ? record.ui_text : localizeStrictly(validated.ui_text, language);
  const links = profileLinks(record, file, bag);
  const url = new URL(record.url);
  const basePath = url.pathname.replace(/\/+$/, '');
  const a = record.author;
  const nameVariants = unique([a.name, ...(a.native_name ? [a.native_name] : []), ...(a.name_variants ?? [])]);
  const author: Author = {
    name: a.name,
    ...(a.native_name ? { nativeName: a.native_name } : {}),
    nameVariants,
    ...(a.avatar ? { avatar: a.avatar } : {}),
    ...(a.bio ? { bio: a.bio } : {}),
    ...(a.position ? { position: a.position } : {}),
    ...(a.location ? { location: a.location } : {}),
    ...(a.employer ? { employer: typeof a.employer === 'string' ? { name: a.employer } : a.employer } : {}),
    emails: a.email ?? [],
    links,
    interests: a.interests ?? [],
  };
  const { ui, shipped } = buildUiText(language, uiText);
  if (edition === undefined) {
    languages.forEach((tag, i) => {
      if (tag === language ? shipped : localeFor(tag)) return;
      bag.warn('no-ui-locale', file.source.file, positionOf(file, validated.languages ? ['languages', i] : ['language']),
        `Vita has no UI words for the language "${tag}"; the theme's words stay in English.`,
        'Translate the words you need under ui_text: in site.yml (see docs/i18n.md), or pick a shipped language.');
    });
  }
  return {
    config: {
      title: record.title,
      url: `${url.protocol}//${url.host}${basePath}`,
      basePath,
      description: record.description ?? '',
      language,
      colorScheme: record.color_scheme ?? 'system',
      ...searchSettings(record.search),
      ...(record.citation_counts?.show ? { citationCounts: { source: record.citation_counts.source ?? 'max' } } : {}),
      ...(record.future ? { future: true } : {}),
      ...(record.redirects ? { redirects: siteRedirects(record.redirects, file, bag) } : {}),
      ...(record.known_broken_links ? { knownBrokenLinks: record.known_broken_links.map((p) => decodePath(p.trim())) } : {}),
    },
    author,
    navigation: record.navigation ?? [{ title: ui.messages.about, url: '/' }],
    footer: { ...(record.footer?.text ? { text: record.footer.text } : {}), links: record.footer?.links ?? [] },
    ...(record.analytics ? { analytics: record.analytics } : {}),
    ...(record.theme ? { theme: buildTheme(record.theme, file, themeFiles, bag) } : {}),
    cvPdf: cvPdfSettings(record, file),
    ui,
    languages,
  };
}

function profileLinks(record: Localized<SiteRecord>, file: YamlFile, bag: DiagnosticBag): ProfileLink[] {
  const out: ProfileLink[] = [];
  const given = record.author.links ?? {};
  for (const kind of PROFILE_ORDER) {
    const value = given[kind];
    if (value === undefined) continue;
    const result = profileLink(kind, value);
    if (result.ok) out.push(result.link);
    else bag.error('bad-profile-link', file.source.file, positionOf(file, ['author', 'links', kind]), `${result.reason}.`, 'Write the full URL of the profile page instead.');
  }
  return out;
}

// `search: true` or a block turns search on; `false` or `enabled: false` leaves it off.
function searchSettings(search: Localized<SiteRecord>['search']): { search?: SearchSettings } {
  if (search === undefined || search === false) return {};
  if (search === true) return { search: { exclude: [] } };
  if (search.enabled === false) return {};
  return { search: { exclude: search.exclude ?? [] } };
}

// Each `from` must be a path on this site; `to` is a site path or an http(s) URL.
function siteRedirects(given: Record<string, string>, file: YamlFile, bag: DiagnosticBag): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (const [from, to] of Object.entries(given)) {
    const source = normalisePermalink(from);
    const target = /^https?:\/\//i.test(to.trim()) ? externalTarget(to.trim()) : normalisePermalink(to);
    if (source.ok && target.ok) {
      out.push({ from: source.url, to: target.url });
      continue;
    }
    const bad = !source.ok ? `The redirect "${from}" ${source.reason}.` : `The redirect target "${to}" ${!target.ok ? target.reason : ''}.`;
    bag.error('bad-permalink', file.source.file, positionOf(file, ['redirects', from]), bad, 'Write redirects as /old/path/: /new/path/.');
  }
  return out;
}

// A redirect may leave the site; its address is checked like every URL in data, and must be written encoded.
function externalTarget(url: string): { ok: true; url: string } | { ok: false; reason: string } {
  const unencoded = /[\s<>"{}|^`\\]/.test(url) ? 'contains a space or a character a URL cannot hold; encode it (%20)' : undefined;
  const problem = checkUrl(url) ?? unencoded;
  return problem ? { ok: false, reason: problem } : { ok: true, url };
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}
