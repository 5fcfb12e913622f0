/** `vita import academicpages`: reads an academicpages repository and produces a Vita site plus a report. */
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { classify, listFiles, skipGroup, type FileRole } from './classify.js';
import { convertProject, convertPublication, convertTalk, convertTeaching, type CollectionContext } from './collections.js';
import { isRecord, mapConfig, str } from './config.js';
import type { HtmlData } from './html/blocks.js';
import { mapNavigation } from './navigation.js';
import { convertPage, convertPost, type OutputPage } from './pages.js';
import { Report, visible } from './report.js';
import { siteWideStyles } from './owner-css.js';
import { readSourceFile, readText } from './source.js';
import { isSassColourFile, mapTheme } from './theme.js';
import { isEmptyDir, markdownFile, writeEntries, type OutputEntry } from './writer.js';
import { mapUiText } from './ui-text.js';
import { parseYaml11, toYaml } from './yaml11.js';
import { alreadyBroken, collectionHasOutput, entryRedirects, keepDataLinks, keepLinks, siteBase, type MovedEntry } from './addresses.js';
import { jekyllUrl, urlKey } from './jekyll-urls.js';
import { claimedAddresses, oldUrlOf, settleAddresses, uniquePostSlugs } from './kept-urls.js';
import { ownCollectionEntries, STOCK_PAGES } from './own-collections.js';
import { publicationSlug } from '../model/publications/slug.js';

export interface ImportOptions {
  src: string;
  dest: string;
  force?: boolean;
  cwd?: string;
}

export interface ImportResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** The report's Markdown (also written to `<dest>/IMPORT-REPORT.md`). */
  report: string;
  /** Paths written, relative to dest. */
  written: string[];
}

/** Imports the academicpages site at `src` into `dest`. */
export function importAcademicpages(options: ImportOptions): ImportResult {
  const bag = new DiagnosticBag();
  const src = resolve(options.cwd ?? process.cwd(), options.src);
  const dest = resolve(options.cwd ?? process.cwd(), options.dest);
  const fail = () => ({ ok: false, diagnostics: bag.sorted(), report: '', written: [] });
  if (!existsSync(src) || !statSync(src).isDirectory()) {
    bag.error('import-no-source', options.src, undefined, 'This folder does not exist.', 'Give the folder of your academicpages repository (the one holding _config.yml).');
    return fail();
  }
  if (existsSync(join(src, '_config.yml')) && !lstatSync(join(src, '_config.yml')).isFile()) {
    bag.error('import-config-not-a-file', '_config.yml', undefined, '_config.yml is a symbolic link or not an ordinary file; the importer does not follow links.', 'Replace the link with the file itself and import again.');
    return fail();
  }
  if (!existsSync(join(src, '_config.yml'))) {
    bag.error('import-no-config', '_config.yml', undefined, `There is no _config.yml in ${options.src}, so it is not a Jekyll site.`, 'Give the folder of your academicpages repository (the one holding _config.yml).');
    return fail();
  }
  if (!options.force && !isEmptyDir(dest)) {
    bag.error('import-dest-not-empty', options.dest, undefined, 'The destination folder is not empty.', 'Choose a new folder, or pass --force to write over the files in it.');
    return fail();
  }
  const report = new Report();
  const files = listFiles(src, (rel, why) => report.add('not-carried', why, visible(rel))).map((rel) => ({ rel, role: classify(rel) }));
  const byRole = (role: FileRole) => files.filter((f) => f.role === role).map((f) => f.rel);

  let config: Record<string, unknown> = {};
  try {
    const parsed = parseYaml11(readText(src, '_config.yml', report), (d) => report.add('not-carried', `key "${d.key}" is written twice: the last value is kept, as Jekyll did`, '_config.yml', d.line));
    if (isRecord(parsed)) config = parsed;
  } catch (error) {
    const pos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    bag.error('import-config-yaml', '_config.yml', pos ?? { line: 1, col: 1 }, `_config.yml is not valid YAML: ${String((error as Error).message).split('\n')[0]}`, 'Fix it (Jekyll would fail on it too) and import again.');
    return fail();
  }
  const site = mapConfig(config, report);
  if (existsSync(join(src, '_data/ui-text.yml'))) {
    try {
      const words = mapUiText(parseYaml11(readText(src, '_data/ui-text.yml', report)), str(site.language) ?? 'en', report);
      if (Object.keys(words).length) site.ui_text = words;
    } catch {
      report.add('not-carried', 'ui-text.yml is not valid YAML: its words were left out', '_data/ui-text.yml');
    }
  }
  const theme = mapTheme(config.site_theme, byRole('machinery').filter(isSassColourFile).sort().map((rel) => ({ rel, text: readText(src, rel, report) })), report);
  if (theme) site.theme = theme;
  const author = site.author as Record<string, unknown>;
  if (byRole('navigation').length) {
    const text = readText(src, '_data/navigation.yml', report);
    try {
      site.navigation = mapNavigation(parseYaml11(text), text, report);
    } catch (error) {
      bag.warn('import-navigation-yaml', '_data/navigation.yml', undefined, `navigation.yml is not valid YAML: ${String((error as Error).message).split('\n')[0]}`, 'The navigation was left out; add it to site.yml by hand.');
    }
  }

  const data: HtmlData = { news: [], experience: [], education: [], publications: [], honors: [], owners: [] };
  const moved = new Map<string, Record<string, unknown>>();
  const ctx: CollectionContext = { config, report, data, root: src, bag, siteUrl: String(site.url), ownerName: String(author.name), moved };
  const pages: OutputPage[] = [];
  const oldUrls = new Map<OutputPage, string>();
  const taken = new Set<string>();
  const staticRels = byRole('static');
  const leftOut: MovedEntry[] = [];
  const own = ownCollectionEntries(src, byRole('other'), config);
  ctx.documents = {};
  for (const e of own) (ctx.documents[e.coll] ??= []).push({ title: str(e.fm.title) ?? basename(e.rel, extname(e.rel)), url: e.url });
  for (const rel of byRole('page')) {
    if (/^_pages\/(404|sitemap)\.(md|html)$/.test(rel)) {
      report.add('skipped', 'Vita writes its own 404 page and sitemap', rel);
      continue;
    }
    const stockUrl = STOCK_PAGES.test(rel) ? jekyllUrl(rel, readSourceFile(src, rel, new Report(), new DiagnosticBag()).frontMatter, config) : undefined;
    // A stock page the owner put in the menu stays: they chose to show it.
    if (stockUrl !== undefined && !navigationUrls(site).has(urlKey(stockUrl))) {
      report.add('skipped', `the theme's stock archive or demo page, the same in every academicpages fork: left out; its address ${stockUrl} redirects to /`, rel);
      leftOut.push({ rel, fm: { permalink: stockUrl }, target: '/' });
      continue;
    }
    pages.push(convertPage(src, rel, ctx, bag, taken));
  }
  // Jekyll renders Markdown and HTML with front matter anywhere outside `_` folders; the rest it copies.
  for (const rel of byRole('root-page')) {
    if (!/^---[ \t]*\r?\n/.test(readFileSync(join(src, rel), 'utf8'))) staticRels.push(rel);
    else pages.push(convertPage(src, rel, ctx, bag, taken, { permalink: jekyllUrl(rel, {}, config) }));
  }
  for (const { rel, coll, url } of own) {
    pages.push(convertPage(src, rel, ctx, bag, taken, { dir: `${coll}/`, permalink: url }));
    report.add('addresses', `collection "${coll}" entry → a page at its old address ${url}`, rel);
  }
  for (const [role, draft] of [['post', false], ['draft', true]] as const) {
    for (const rel of byRole(role)) {
      const post = convertPost(src, rel, ctx, bag, draft, draft ? undefined : (fm) => jekyllUrl(rel, fm, config));
      if (post) pages.push(post);
    }
  }
  uniquePostSlugs(pages, report);
  settleAddresses(pages, report);
  for (const page of pages) oldUrls.set(page, oldUrlOf(page));
  const pubRels = byRole('publication');
  const publications: Record<string, unknown>[] = [...data.publications.map((p) => ({ ...p })), ...pubRels.map((rel) => convertPublication(rel, ctx))];
  uniqueKeys(publications, report);
  const talks = byRole('talk').map((rel) => convertTalk(rel, ctx));
  const teaching = byRole('teaching').map((rel) => convertTeaching(rel, ctx));
  const projects = byRole('portfolio').map((rel) => convertProject(rel, ctx));
  const targets = new Map<string, string>();
  pubRels.forEach((rel, i) => targets.set(rel, `/publications/${publicationSlug(String(publications[data.publications.length + i]!.key))}/`));
  byRole('talk').forEach((rel) => targets.set(rel, '/talks/'));
  byRole('teaching').forEach((rel) => targets.set(rel, '/teaching/'));
  byRole('portfolio').forEach((rel, i) => targets.set(rel, projects[i]!.body ? `/projects/${String(projects[i]!.slug)}/` : '/projects/'));
  const movedEntries = [...moved].filter(([rel]) => collectionHasOutput(config, rel.split('/')[0]!.slice(1)))
    .map(([rel, fm]) => ({ rel, fm, target: targets.get(rel)! })).filter((m) => m.target);
  const redirects = entryRedirects([...movedEntries, ...leftOut], config, claimedAddresses(pages), report);
  if (Object.keys(redirects).length) site.redirects = redirects;
  const served = new Set([...staticRels.map((rel) => '/' + rel), ...oldUrls.values(), ...Object.keys(redirects), '/feed.xml', '/sitemap.xml', '/404.html'].map(urlKey));
  for (const page of pages) for (const from of Array.isArray(page.frontMatter.redirect_from) ? page.frontMatter.redirect_from : []) served.add(urlKey(String(from)));
  for (const [rel, fm] of moved) if (collectionHasOutput(config, rel.split('/')[0]!.slice(1))) served.add(urlKey(jekyllUrl(rel, fm, config)));
  keepLinks(pages, oldUrls, served, siteBase(config), report);
  for (const list of [publications, talks, teaching, projects]) keepDataLinks(list, served, siteBase(config));

  const home = pages.find((p) => p.path === 'pages/index.md');
  const native = /\(([\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Greek}]+)\)/u.exec(String(home?.frontMatter.title ?? ''));
  if (native && !author.native_name) {
    author.native_name = native[1];
    report.add('converted', `native-script name "${native[1]}" from the home page title → author.native_name`, 'site.yml');
  }
  const variants = data.owners.filter((o) => o !== author.name);
  if (variants.length) {
    author.name_variants = variants;
    report.add('converted', `name(s) underlined in author lists added to author.name_variants: ${variants.join(', ')}`, 'site.yml');
  }

  const styles = siteWideStyles(src, report);
  if (styles.css.length) site.theme = { css: styles.css };
  const entries: OutputEntry[] = [siteYml(site), ...styles.entries];
  for (const p of pages) entries.push({ path: p.path, text: markdownFile(p.frontMatter, p.body) });
  const dataFiles: [string, unknown[]][] = [
    ['news', data.news], ['experience', data.experience], ['education', data.education], ['honors', data.honors],
    ['publications', publications], ['talks', talks], ['teaching', teaching], ['projects', projects],
  ];
  for (const [name, list] of dataFiles) if (list.length) entries.push({ path: `data/${name}.yml`, text: toYaml(list) });
  for (const rel of staticRels) entries.push({ path: `static/${rel}`, copyFrom: join(src, rel) });

  const linking: [string, unknown][] = [['_config.yml', site.author], ...dataFiles.map(([name, list]): [string, unknown] => [`data/${name}.yml`, list])];
  const broken = alreadyBroken(pages, linking, served, siteBase(config), report);
  if (broken.length) {
    site.known_broken_links = broken;
    entries[0] = siteYml(site);
  }
  countAll(report, { pages: pages.filter((p) => p.path.startsWith('pages/')).length, posts: pages.filter((p) => p.path.startsWith('posts/')).length,
    publications: publications.length, talks: talks.length, teaching: teaching.length, projects: projects.length, news: data.news.length,
    experience: data.experience.length, education: data.education.length, honors: data.honors.length, 'static files': staticRels.length });
  const staticCount = staticRels.length;
  if (staticCount) report.add('copied', `${staticCount} file(s) from files/, images/ and the like copied to static/`);
  const groups = new Map<string, number>();
  for (const rel of byRole('machinery')) groups.set(skipGroup(rel), (groups.get(skipGroup(rel)) ?? 0) + 1);
  for (const [group, n] of groups) report.add('skipped', `${group} (${n} file${n === 1 ? '' : 's'})`);
  if (byRole('machinery').length) report.count('skipped machinery files', byRole('machinery').length);
  for (const rel of byRole('other').filter((r) => !/^_([^/]+)\//.test(r) || !collectionHasOutput(config, r.split('/')[0]!.slice(1)))) report.add('not-carried', 'not imported: not a part of an academicpages site Vita knows; copy it by hand if you need it', rel);

  const text = report.render(`academicpages → Vita`);
  entries.push({ path: 'IMPORT-REPORT.md', text });
  writeEntries(dest, entries);
  return { ok: !bag.hasErrors, diagnostics: bag.sorted(), report: text, written: entries.map((e) => e.path).sort() };
}

function navigationUrls(site: Record<string, unknown>): Set<string> {
  const nav = Array.isArray(site.navigation) ? (site.navigation as { url?: unknown }[]) : [];
  return new Set(nav.map((n) => urlKey(String(n.url ?? ''))));
}

function siteYml(site: Record<string, unknown>): OutputEntry {
  return { path: 'site.yml', text: '# yaml-language-server: $schema=./node_modules/vita/schema/site.schema.json\n' + toYaml(site) };
}

function countAll(report: Report, counts: Record<string, number>): void {
  for (const [name, n] of Object.entries(counts)) if (n) report.count(name, n);
}

// Keys from hand-written HTML and from _publications/ share one namespace.
function uniqueKeys(records: Record<string, unknown>[], report: Report): void {
  const seen = new Set<string>();
  for (const r of records) {
    const base = String(r.key);
    let key = base;
    for (let n = 2; seen.has(key); n++) key = `${base}-${n}`;
    if (key !== base) report.add('converted', `publication key "${base}" was taken: this entry is "${key}"`);
    seen.add(key);
    r.key = key;
  }
}
