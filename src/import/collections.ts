/** `_publications/`, `_talks/`, `_teaching/`, `_portfolio/` entries → data/publications.yml, talks.yml, teaching.yml, projects.yml. */
import { basename, extname } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { convertBody, type BodyContext } from './body.js';
import { str } from './config.js';
import { decodeEntities } from './html/entities.js';
import { parseHtml } from './html/tree.js';
import { descendants } from './html/tree.js';
import { textOf } from './html/inline.js';
import { classifyVenueText } from './html/venue.js';
import { list } from './pages.js';
import { readOddDate } from './odd-dates.js';
import { readSourceFile } from './source.js';
import { authorsField } from './authors.js';
import { bodyMarkdown } from './html/block-markdown.js';
import { plainText } from './plain-text.js';
import { sanitiseHtml } from './sanitise-html.js';

type Rec = Record<string, unknown>;

export interface CollectionContext extends BodyContext {
  root: string;
  bag: DiagnosticBag;
  /** The site's own address, so that links to it become site-relative. */
  siteUrl: string;
  ownerName: string;
  /** Entries that had a page of their own on the old site: path → front matter, for their redirects. */
  moved?: Map<string, Rec>;
}

const CATEGORY_TYPE: Record<string, string> = { books: 'book', manuscripts: 'article', conferences: 'conference', journals: 'article', preprints: 'preprint', theses: 'thesis' };

/** The Vita type of a `_publications/` entry: from its category, else from the words of its venue. */
export function publicationType(fm: Rec): string {
  const category = str(fm.category);
  const venue = str(fm.venue) && plainText(str(fm.venue)!);
  return (category && CATEGORY_TYPE[category]) ?? (venue ? classifyVenueText(venue).type : 'other');
}

/** One `_publications/` entry as a data/publications.yml record. */
export function convertPublication(rel: string, ctx: CollectionContext): Rec {
  const { fm, body, stem } = read(rel, ctx);
  const citation = str(fm.citation) ? plainText(str(fm.citation)!) : undefined;
  let authors = authorsField(fm.authors ?? fm.author);
  if (!authors.length && citation) authors = authorsFromCitation(citation);
  if (!authors.length) {
    authors = [ctx.ownerName];
    ctx.report.add('not-carried', `no authors in the entry or its citation: "${ctx.ownerName}" written as the only author; check it`, rel);
  }
  const date = readOddDate(fm.date, rel, ctx.report, yearOf(stem));
  const venue = str(fm.venue) && plainText(str(fm.venue)!);
  const category = str(fm.category);
  const type = publicationType(fm);
  if (category && !CATEGORY_TYPE[category]) ctx.report.add('not-carried', `category "${category}" is not a publication type Vita knows: type ${type}`, rel);
  const links = [
    ['Paper', fm.paperurl], ['Slides', fm.slidesurl], ['BibTeX', fm.bibtexurl], ['Code', fm.codeurl],
  ].filter(([, u]) => str(u)).map(([label, u]) => ({ label: label as string, url: local(str(u)!, ctx.siteUrl) }));
  // Vita shows an abstract as plain text, so the Markdown body's character references are decoded once here.
  const abstract = (/<[a-z]/i.test(body) ? plainText(body) : decodeEntities(body.trim())) || (str(fm.excerpt) && plainText(str(fm.excerpt)!));
  if (body.trim() && str(fm.excerpt)) ctx.report.add('not-carried', 'excerpt not carried over: the entry\'s text became its abstract', rel);
  movedPage(rel, fm, 'publications', ctx);
  const pdf = links.find((l) => l.label === 'Paper' && l.url.startsWith('/') && l.url.endsWith('.pdf'))?.url;
  return {
    key: keyOf(stem),
    // Jekyll printed front matter titles as HTML, so `&amp;` showed as `&` and `<i>` as italics.
    title: plainText(str(fm.title) ?? stem),
    authors,
    type,
    status: type === 'preprint' ? 'preprint' : 'published',
    ...(venue ? { venue } : {}),
    ...(date ? { year: Number(date.slice(0, 4)), ...(date.length > 4 ? { date } : {}) } : {}),
    ...(links.length ? { links } : {}),
    ...(pdf ? { pdf } : {}),
    ...(abstract ? { abstract } : {}),
  };
}

const TALK_TYPES = ['invited', 'contributed', 'keynote', 'poster', 'tutorial', 'seminar', 'panel'];

/** One `_talks/` entry as a data/talks.yml record. */
export function convertTalk(rel: string, ctx: CollectionContext): Rec {
  const { fm, body, stem } = read(rel, ctx);
  const links = [['Paper', fm.paperurl]].filter(([, u]) => str(u)).map(([label, u]) => ({ label: label as string, url: local(str(u)!, ctx.siteUrl) }));
  const url = str(fm.talk_url) ?? str(fm.talkurl) ?? str(fm.link);
  const written = str(fm.type);
  // academicpages' free `type` ("Talk", "Invited talk", "Tutorial") → Vita's kinds; a plain "Talk" needs none.
  const type = written ? TALK_TYPES.find((t) => written.toLowerCase().includes(t)) ?? (/conference/i.test(written) ? 'contributed' : undefined) : undefined;
  if (written && !type && !/^talks?$/i.test(written)) ctx.report.add('not-carried', `talk type "${written}" is none of Vita's kinds (${TALK_TYPES.join(', ')}): left out`, rel);
  const date = readOddDate(fm.date, rel, ctx.report, yearOf(stem)) ?? /^(\d{4}-\d{2}-\d{2})/.exec(stem)?.[1];
  const undated = 'imported undated (listed last, under "Undated"); add its date if you know it';
  if (!date) ctx.report.add('not-carried', `talk without a date in its file name or front matter: ${undated}`, rel);
  movedPage(rel, fm, 'talks', ctx);
  return compact({
    title: plainText(str(fm.title) ?? stem), event: str(fm.venue) && plainText(str(fm.venue)!), type, date,
    location: str(fm.location), url: url && local(url, ctx.siteUrl),
    slides: str(fm.slidesurl) && local(str(fm.slidesurl)!, ctx.siteUrl), video: str(fm.videourl) && local(str(fm.videourl)!, ctx.siteUrl),
    // Talk and course descriptions are data Markdown, which shows raw HTML as text.
    links: links.length ? links : undefined, description: bodyMarkdown(body) || excerptMarkdown(fm.excerpt),
  });
}

/** One `_teaching/` entry as a data/teaching.yml record. */
export function convertTeaching(rel: string, ctx: CollectionContext): Rec {
  const { fm, body, stem } = read(rel, ctx);
  const term = /^(\d{4})-(spring|summer|fall|autumn|winter)\b/i.exec(stem);
  if (str(fm.location)) ctx.report.add('not-carried', `location "${str(fm.location)}" has no place in data/teaching.yml`, rel);
  movedPage(rel, fm, 'teaching', ctx);
  return compact({
    course: plainText(str(fm.title) ?? stem), role: str(fm.type), institution: str(fm.venue) && plainText(str(fm.venue)!),
    term: term ? `${term[2]![0]!.toUpperCase()}${term[2]!.slice(1).toLowerCase()} ${term[1]}` : undefined,
    date: readOddDate(fm.date, rel, ctx.report, yearOf(stem)), url: str(fm.url),
    description: bodyMarkdown(body) || excerptMarkdown(fm.excerpt),
  });
}

/** One `_portfolio/` entry as a data/projects.yml record; an image in the excerpt becomes `image`. */
export function convertProject(rel: string, ctx: CollectionContext): Rec {
  const { fm, body, stem } = read(rel, ctx);
  const excerpt = str(fm.excerpt) ?? '';
  const nodes = parseHtml(excerpt);
  const img = descendants(nodes).find((e) => e.name === 'img' && e.attrs.src)?.attrs.src;
  const teaser = fm.header && typeof fm.header === 'object' ? str((fm.header as Rec).teaser) : undefined;
  const image = img ?? (teaser ? `/images/${teaser}` : undefined);
  movedPage(rel, fm, 'projects', ctx);
  // The body becomes Markdown that Vita publishes as written (trusted like pages/), so the old site's
  // scripts and event handlers are taken out here.
  const sanitised = sanitiseHtml(body.trim());
  for (const what of sanitised.removed) {
    ctx.report.add('not-carried', `${what} taken out of the project's text: a project's body is published as written, and imported HTML may run code`, rel);
  }
  return compact({
    title: str(fm.title) ?? stem, summary: textOf(nodes) || undefined, image: image && local(image, ctx.siteUrl), url: str(fm.link),
    date: readOddDate(fm.date, rel, ctx.report, yearOf(stem)), slug: stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || undefined,
    tags: list(fm.tags).length ? list(fm.tags) : undefined, body: sanitised.text.trim() || undefined,
  });
}

function yearOf(stem: string): string | undefined {
  return /^(\d{4})-/.exec(stem)?.[1];
}

function read(rel: string, ctx: CollectionContext) {
  const src = readSourceFile(ctx.root, rel, ctx.report, ctx.bag);
  const body = convertBody(src.body, src.bodyLine, rel, ctx, src.frontMatter, false);
  return { fm: src.frontMatter, body, stem: basename(rel, extname(rel)) };
}

function movedPage(rel: string, fm: Rec, list: string, ctx: CollectionContext): void {
  if (ctx.moved) ctx.moved.set(rel, fm);
  else if (str(fm.permalink)) ctx.report.add('not-carried', `had its own page at ${str(fm.permalink)}; it is now an entry of data/${list}.yml (the old address is not redirected)`, rel);
}

/** `2009-10-01-paper-title-number-1` → `paper-title-number-1`, within the key alphabet. */
export function keyOf(stem: string): string {
  const key = stem.replace(/^\d{4}-\d{2}-\d{2}-/, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return key.replace(/[^A-Za-z0-9_.:+-]+/g, '-').replace(/^-+|-+$/g, '') || 'paper';
}

// academicpages citations read `Last, First. (2009). "Title." Venue.`: the authors come before the year.
function authorsFromCitation(citation: string): string[] {
  // The full stop before the year ends the list, unless it ends an initial (`Jane Q.`).
  const head = /^(.*?)\s*\(\d{4}\)/.exec(citation.replace(/<[^>]+>/g, ''))?.[1]?.replace(/(?<!\b[A-Z])\.$/, '');
  if (!head) return [];
  const parts = head.split(/\s*;\s*|\s*,?\s+(?:and|&)\s+/).flatMap((p) => p.split(/\s*,\s*/));
  // "Family, Given, Family, Given" pairs up; an odd count means names were written "Given Family".
  if (parts.length % 2 === 0 && parts.length > 0 && !head.includes(';')) {
    const out: string[] = [];
    for (let i = 0; i < parts.length; i += 2) out.push(`${parts[i + 1]} ${parts[i]}`.trim());
    return out;
  }
  return parts.filter(Boolean);
}

function local(url: string, siteUrl: string): string {
  for (const base of [siteUrl, siteUrl.replace(/^https:/, 'http:')]) if (url.startsWith(base + '/')) return url.slice(base.length);
  return url;
}

function compact(r: Record<string, unknown>): Rec {
  return Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v !== ''));
}

// academicpages prints an excerpt as HTML; in data it is Markdown.
function excerptMarkdown(excerpt: unknown): string | undefined {
  return str(excerpt) ? bodyMarkdown(str(excerpt)!) || undefined : undefined;
}
