/** `vita import academicpages`: reads an academicpages repository and produces a Vita site plus a report. */
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { classify, listFiles, skipGroup, type FileRole } from './classify.js';
import { convertProject, convertPublication, convertTalk, convertTeaching, type CollectionContext } from './collections.js';
import { isRecord, mapConfig } from './config.js';
import type { HtmlData } from './html/blocks.js';
import { mapNavigation } from './navigation.js';
import { convertPage, convertPost, type OutputPage } from './pages.js';
import { Report, visible } from './report.js';
import { reportMissingFiles } from './references.js';
import { readText } from './source.js';
import { isEmptyDir, markdownFile, writeEntries, type OutputEntry } from './writer.js';
import { parseYaml11, toYaml } from './yaml11.js';

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
  const ctx: CollectionContext = { config, report, data, root: src, bag, siteUrl: String(site.url), ownerName: String(author.name) };
  const pages: OutputPage[] = [];
  const taken = new Set<string>();
  for (const rel of byRole('page')) {
    if (/^_pages\/(404|sitemap)\.(md|html)$/.test(rel)) {
      report.add('skipped', 'Vita writes its own 404 page and sitemap', rel);
      continue;
    }
    pages.push(convertPage(src, rel, ctx, bag, taken));
  }
  for (const [role, draft] of [['post', false], ['draft', true]] as const) {
    for (const rel of byRole(role)) {
      const post = convertPost(src, rel, ctx, bag, draft);
      if (post) pages.push(post);
    }
  }
  const publications: Record<string, unknown>[] = [...data.publications.map((p) => ({ ...p })), ...byRole('publication').map((rel) => convertPublication(rel, ctx))];
  uniqueKeys(publications, report);
  const talks = byRole('talk').map((rel) => convertTalk(rel, ctx));
  const teaching = byRole('teaching').map((rel) => convertTeaching(rel, ctx));
  const projects = byRole('portfolio').map((rel) => convertProject(rel, ctx));

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

  const entries: OutputEntry[] = [{ path: 'site.yml', text: '# yaml-language-server: $schema=./node_modules/vita/schema/site.schema.json\n' + toYaml(site) }];
  for (const p of pages) entries.push({ path: p.path, text: markdownFile(p.frontMatter, p.body) });
  const dataFiles: [string, unknown[]][] = [
    ['news', data.news], ['experience', data.experience], ['education', data.education], ['honors', data.honors],
    ['publications', publications], ['talks', talks], ['teaching', teaching], ['projects', projects],
  ];
  for (const [name, list] of dataFiles) if (list.length) entries.push({ path: `data/${name}.yml`, text: toYaml(list) });
  for (const rel of byRole('static')) entries.push({ path: `static/${rel}`, copyFrom: join(src, rel) });
  const staticPaths = new Set(byRole('static').map((rel) => '/' + rel));
  reportMissingFiles([
    { source: '_config.yml', url: '/', data: site },
    ...pages.map((p) => ({ source: p.source, url: typeof p.frontMatter.permalink === 'string' ? p.frontMatter.permalink : '/', text: p.body })),
    ...dataFiles.map(([name, list]) => ({ source: `data/${name}.yml`, url: '/', data: list })),
  ], staticPaths, report);

  countAll(report, { pages: pages.filter((p) => p.path.startsWith('pages/')).length, posts: pages.filter((p) => p.path.startsWith('posts/')).length,
    publications: publications.length, talks: talks.length, teaching: teaching.length, projects: projects.length, news: data.news.length,
    experience: data.experience.length, education: data.education.length, honors: data.honors.length, 'static files': byRole('static').length });
  const staticCount = byRole('static').length;
  if (staticCount) report.add('copied', `${staticCount} file(s) from files/, images/ and the like copied to static/`);
  const groups = new Map<string, number>();
  for (const rel of byRole('machinery')) groups.set(skipGroup(rel), (groups.get(skipGroup(rel)) ?? 0) + 1);
  for (const [group, n] of groups) report.add('skipped', `${group} (${n} file${n === 1 ? '' : 's'})`);
  if (byRole('machinery').length) report.count('skipped machinery files', byRole('machinery').length);
  for (const rel of byRole('other')) report.add('not-carried', 'not imported: not a part of an academicpages site Vita knows; copy it by hand if you need it', rel);

  const text = report.render(`academicpages → Vita`);
  entries.push({ path: 'IMPORT-REPORT.md', text });
  writeEntries(dest, entries);
  return { ok: !bag.hasErrors, diagnostics: bag.sorted(), report: text, written: entries.map((e) => e.path).sort() };
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
