/**
 * The "clean" checks of issue #13 on one imported and built site: no template code or HTML tags visible as
 * text, no HTML shown as code, every collection item's title visible, every navigation entry kept, no link
 * broken that worked on the old site (and every old page or entry URL still answered).
 */
import { basePathOf } from '../../src/check/base-path.js';
import { resolveOutputPath, type BuiltPage, type BuiltSite } from '../../src/check/built-site.js';
import { classifyUrl } from '../../src/check/classify-url.js';
import { decodeEntities } from '../../src/check/html-scan.js';
import { collapseCode, normalizeUrl, type OldSite } from './old-site.js';

export type CheckName = 'template' | 'tags' | 'code' | 'titles' | 'nav' | 'links' | 'old-urls';
export const CHECKS: CheckName[] = ['template', 'tags', 'code', 'titles', 'nav', 'links', 'old-urls'];

/** Reasons a site is not clean, by check; an empty list passes. */
export type Findings = Record<CheckName, string[]>;

const TAG_AS_TEXT = /<\/?(?:div|span|p|a|img|br|b|i|u|strong|em|ul|ol|li|table|tr|td|th|h[1-6]|font|sup|sub|center|iframe|section|hr|small|button|figure|details|summary)(?:\s[^<>]*)?\/?>/i;
const TAG_AS_GLOBAL = new RegExp(TAG_AS_TEXT.source, 'gi');
// Liquid as Jekyll reads it: a tag `{% name … %}` or an output `{{ variable … }}` (BibTeX's `{{Family}` is not).
const TEMPLATE = /\{%-?\s*[a-z_]+\b[^%]*%\}|\{\{-?\s*[\w."'[\]-]+\s*(\|[^}]*)?-?\}\}/;
// The theme's stock archive and demo pages, which #13 allows the importer to leave out with a report line.
const STOCK_PAGES = /^_pages\/((category|tag|page|collection)-archive\.html|archive-layout-with-content\.md|markdown\.md|terms\.md)$/;
const LINK_ATTRS: Record<string, string> = { a: 'href', img: 'src', iframe: 'src', source: 'src', video: 'src', audio: 'src', embed: 'src' };

/** Runs every check of the built site `site` against what the old site published. */
export function checkSite(old: OldSite, site: BuiltSite): Findings {
  const f: Findings = { template: [], tags: [], code: [], titles: [], nav: [], links: [], 'old-urls': [] };
  const pages = site.pages.filter((p) => !p.isRedirect);
  const allText: string[] = [];
  for (const page of pages) {
    const { text, prose, codeBlocks } = visibleText(page.html);
    allText.push(text);
    // A file the old site served as it was (a stand-alone HTML page) is the owner's, byte for byte: not the import's doing.
    if (old.copied.has(page.path)) continue;
    const tpl = TEMPLATE.exec(text);
    if (tpl) f.template.push(`${page.url}: "${around(text, tpl.index)}"`);
    const tag = [...prose.matchAll(TAG_AS_GLOBAL)].find((m) => !old.escaped.has(collapseCode(m[0])));
    if (tag) f.tags.push(`${page.url}: "${around(prose, tag.index!)}"`);
    // Code the owner wrote as code (a fence, a backtick span, <pre>) may show tags; HTML that became code may not.
    for (const block of codeBlocks) {
      if (!TAG_AS_TEXT.test(block) || writtenAsCode(old, block)) continue;
      f.code.push(`${page.url}: "${block.trim().slice(0, 60)}"`);
    }
  }
  const haystack = normalizeText(allText.join('\n'));
  for (const doc of old.documents) {
    if (!doc.collection || !doc.title) continue;
    const title = normalizeText(decodeEntities(doc.title.replace(/<[^>]*>/g, '')));
    if (title && !haystack.includes(title)) f.titles.push(`${doc.file}: "${doc.title.slice(0, 60)}"`);
  }
  const home = site.pages.find((p) => p.path === '/index.html');
  const navText = normalizeText([...(home?.html ?? '').matchAll(/<nav[\s\S]*?<\/nav>/g)].map((m) => visibleText(m[0]).text).join(' '));
  for (const entry of old.navigation) if (!navText.includes(normalizeText(entry.title))) f.nav.push(`"${entry.title}" (${entry.url})`);
  checkLinks(old, site, pages, f);
  return f;
}

function checkLinks(old: OldSite, site: BuiltSite, pages: BuiltPage[], f: Findings): void {
  const base = basePathOf(site);
  const host = hostOf(String(old.config.url ?? ''));
  const seen = new Set<string>();
  for (const page of pages) {
    for (const tag of page.scan.tags) {
      const attr = LINK_ATTRS[tag.name];
      const href = attr && tag.attrs.get(attr)?.value;
      if (!href) continue;
      let target = classifyUrl(href, page.url, base);
      if (target.kind === 'external' && host && hostOf(target.url) === host) target = { kind: 'internal', path: new URL(target.url).pathname };
      if (target.kind !== 'internal' || !target.path) continue;
      if (resolveOutputPath(site, target.path) || resolveOutputPath(site, target.path.replace(/\/?$/, '/'))) continue;
      const key = normalizeUrl(target.path);
      if (!old.urls.has(key) || seen.has(key)) continue;
      seen.add(key);
      f.links.push(`${page.url} → ${href}`);
    }
  }
  for (const doc of old.documents) {
    if (doc.url === '/404' || /(^|\/)sitemap(\.xml)?$/.test(doc.url) || STOCK_PAGES.test(doc.file)) continue;
    // The URL as Jekyll wrote it, or a form GitHub Pages answered alike (`/a` for `/a.html`, `/a/` for `/a/index.html`).
    const forms = [doc.written.replace(/\/{2,}/g, '/'), doc.url, doc.url + '/'];
    if (!forms.some((path) => resolveOutputPath(site, path))) f['old-urls'].push(`${doc.url} (${doc.file})`);
  }
}

/**
 * The text a reader sees on a page (scripts, styles, comments and the head removed), the same text without
 * its code (`prose`), and the code blocks and spans.
 */
export function visibleText(html: string): { text: string; prose: string; codeBlocks: string[] } {
  let body = html.replace(/<head[\s\S]*?<\/head>/i, '').replace(/<!--[\s\S]*?-->/g, '');
  body = body.replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1>/gi, ' ');
  const codeBlocks: string[] = [];
  const CODE = /<(pre|code)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
  for (const m of body.matchAll(CODE)) {
    if (/data-lang=/.test(m[2]!)) continue;
    codeBlocks.push(decodeEntities(m[3]!.replace(/<[^>]*>/g, '')));
  }
  const textOf = (h: string) => decodeEntities(h.replace(/<[^>]*>/g, ' ')).replace(/[ \t\n\r\u00a0]+/g, ' ');
  return { text: textOf(body), prose: textOf(body.replace(CODE, ' ')), codeBlocks };
}

function writtenAsCode(old: OldSite, block: string): boolean {
  const code = collapseCode(block);
  return old.code.some((sample) => sample.includes(code));
}

/** Letters and digits only, lower-case, single spaces: titles compare however the theme sets them. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function around(text: string, at: number): string {
  return text.slice(Math.max(0, at - 20), at + 50).trim();
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}
