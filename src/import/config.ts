/** `_config.yml` → the `site.yml` record: title, url, language, the author block, footer links, analytics. */
import { markdownOf } from './plain-text.js';
import type { Report } from './report.js';

/** academicpages author keys → Vita profile link kinds. */
export const PROFILE_KEYS: Record<string, string> = {
  googlescholar: 'scholar', google_scholar: 'scholar', orcid: 'orcid', github: 'github', gitlab: 'gitlab', arxiv: 'arxiv',
  semantic: 'semantic_scholar', semanticscholar: 'semantic_scholar', dblp: 'dblp', researchgate: 'researchgate',
  linkedin: 'linkedin', twitter: 'x', x: 'x', bluesky: 'bluesky', mastodon: 'mastodon', youtube: 'youtube',
  zhihu: 'zhihu', wechat: 'wechat', huggingface: 'huggingface', uri: 'website', website: 'website',
};
const AUTHOR_FIELDS = ['name', 'avatar', 'bio', 'location', 'employer', 'email'];

// Settings of Jekyll and the theme itself: nothing of the owner's is in them.
const MACHINERY = new Set(['title_separator', 'repository', 'teaser', 'breadcrumbs', 'words_per_minute', 'read_more',
  'talkmap_link', 'comments', 'staticman', 'atom_feed', 'search', 'search_full_content', 'search_provider', 'og_image',
  'og_description', 'social', 'include', 'exclude', 'keep_files', 'encoding', 'markdown_ext', 'markdown', 'highlighter',
  'lsi', 'excerpt_separator', 'incremental', 'kramdown', 'sass', 'collections', 'defaults', 'plugins', 'gems', 'whitelist',
  'category_archive', 'tag_archive', 'jekyll-archives', 'compress_html', 'timezone', 'permalink', 'paginate',
  'paginate_path', 'site_theme', 'publication_category', 'name', 'reCaptcha', 'google_site_verification',
  'bing_site_verification', 'yandex_site_verification', 'baidu_site_verification', 'date_format', 'paginate_per_page']);
const MAPPED = new Set(['future', 'title', 'description', 'url', 'baseurl', 'locale', 'author', 'analytics', 'footer']);

type Rec = Record<string, unknown>;

/** The site.yml record for a parsed `_config.yml`. */
export function mapConfig(config: Rec, report: Report): Rec {
  const file = '_config.yml';
  const author = (isRecord(config.author) ? config.author : {}) as Rec;
  const site: Rec = {};
  const title = str(config.title) ?? str(config.name) ?? str(author.name);
  site.title = title ?? 'My site';
  if (!title) report.add('not-carried', 'no title: site.yml says "My site"; change it', file);
  const url = str(config.url);
  const base = str(config.baseurl)?.replace(/\/+$/, '') ?? '';
  if (url && /^https?:\/\/[^/\s]+/.test(url)) site.url = url.replace(/\/+$/, '') + (base && !base.startsWith('/') ? '/' : '') + base;
  else {
    site.url = 'https://example.org';
    report.add('not-carried', `no absolute url${url ? ` ("${url}")` : ''}: site.yml says https://example.org; write your site's address there`, file);
  }
  const description = str(config.description);
  if (description) site.description = description;
  const locale = str(config.locale);
  if (locale && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(locale)) site.language = locale;
  else if (locale) report.add('not-carried', `locale "${locale}" is not a language tag such as en or en-US`, file);
  site.author = mapAuthor(author, String(site.title), report);
  const footer = mapFooter(config.footer);
  if (footer) site.footer = footer;
  // Jekyll published future-dated posts with `future: true`; so does Vita with the same key.
  if (config.future === true) site.future = true;
  const analytics = mapAnalytics(config.analytics, report);
  if (analytics) site.analytics = analytics;
  const skipped = Object.keys(config).filter((k) => MACHINERY.has(k)).sort();
  if (skipped.length) report.add('skipped', `${skipped.length} Jekyll/theme settings (${skipped.join(', ')})`, file);
  const unknown = Object.keys(config).filter((k) => !MACHINERY.has(k) && !MAPPED.has(k) && !empty(config[k])).sort();
  if (unknown.length) report.add('not-carried', `settings with no Vita equivalent: ${unknown.join(', ')}`, file);
  return site;
}

function mapAuthor(a: Rec, fallbackName: string, report: Report): Rec {
  const out: Rec = { name: str(a.name) ?? fallbackName };
  const avatar = str(a.avatar);
  // academicpages looks the avatar up in images/.
  if (avatar) out.avatar = /^(https?:)?\/\//.test(avatar) || avatar.startsWith('/') ? avatar : `/images/${avatar}`;
  for (const key of ['bio', 'location', 'employer'] as const) if (str(a[key])) out[key] = str(a[key]);
  // The sidebar printed the bio as HTML; Vita reads it as inline Markdown.
  if (typeof out.bio === 'string') out.bio = markdownOf(out.bio);
  if (str(a.email)) out.email = str(a.email);
  const links: Rec = {};
  const dropped: string[] = [];
  for (const key of Object.keys(a).sort()) {
    if (AUTHOR_FIELDS.includes(key) || empty(a[key])) continue;
    const kind = PROFILE_KEYS[key];
    // Jekyll printed `uri: www.x.org` into an href as written; the browser needed the scheme, Vita does too.
    if (kind && !links[kind]) links[kind] = kind === 'website' && /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(str(a[key])!) ? `https://${str(a[key])}` : str(a[key]);
    else dropped.push(`${key}: ${str(a[key]) ?? JSON.stringify(a[key])}`);
  }
  if (Object.keys(links).length) out.links = Object.fromEntries(Object.entries(links).sort(([x], [y]) => (x < y ? -1 : 1)));
  if (dropped.length) report.add('not-carried', `author keys with no Vita profile link: ${dropped.join('; ')}`, '_config.yml');
  return out;
}

function mapFooter(footer: unknown): Rec | undefined {
  if (!isRecord(footer) || !Array.isArray(footer.links)) return undefined;
  const links = footer.links.filter(isRecord).filter((l) => str(l.label) && str(l.url)).map((l) => ({ label: str(l.label)!, url: str(l.url)! }));
  return links.length ? { links } : undefined;
}

function mapAnalytics(a: unknown, report: Report): Rec | undefined {
  if (!isRecord(a)) return undefined;
  const provider = str(a.provider);
  if (!provider || provider === 'false') return undefined;
  if (/^google/.test(provider)) {
    const id = isRecord(a.google) ? str(a.google.tracking_id) ?? str(a.google.measurement_id) : undefined;
    if (id) return { provider: 'google', id };
  }
  report.add('not-carried', `analytics provider "${provider}" without an id Vita can use (google, plausible, goatcounter, umami)`, '_config.yml');
  return undefined;
}

/** A non-empty string for a scalar (numbers become strings), else undefined. */
export function str(v: unknown): string | undefined {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** True for a plain object. */
export function isRecord(v: unknown): v is Rec {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function empty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}
