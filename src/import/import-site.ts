/** `vita import academicpages`: reads an academicpages repository and produces a Vita site plus a report. */
import { join, resolve } from 'node:path';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { postsToday } from '../model/posts.js';
import { alreadyBroken, siteBase } from './addresses.js';
import { sortFiles } from './classify.js';
import type { CollectionContext } from './collections.js';
import { convertRecords } from './data-records.js';
import type { HtmlData } from './html/blocks.js';
import { countAll, reportSkipped } from './import-summary.js';
import { keepOldAddresses } from './old-addresses.js';
import { addOwnerNames } from './owner-names.js';
import { buttonStyles } from './button-styles.js';
import { siteWideStyles } from './owner-css.js';
import { reportSiteWideScripts } from './owner-scripts.js';
import { convertPages, navigationUrls } from './page-sources.js';
import { canImport } from './preflight.js';
import { Report, visible } from './report.js';
import { readConfig, siteSettings } from './site-settings.js';
import { markdownFile, writeEntries, type OutputEntry } from './writer.js';
import { keepUnlistedEntries } from './unlisted-entries.js';
import { toYaml } from './yaml11.js';

export interface ImportOptions {
  src: string;
  dest: string;
  force?: boolean;
  cwd?: string;
  /** `YYYY-MM-DD`: posts dated later were left out by Jekyll (default: SOURCE_DATE_EPOCH, else today, as `vita build`). */
  today?: string;
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
  if (!canImport(src, dest, options, bag)) return fail();
  const report = new Report();
  const byRole = sortFiles(src, (rel, why) => report.add('not-carried', why, visible(rel)));
  const config = readConfig(src, report, bag);
  if (!config) return fail();
  const site = siteSettings(src, config, byRole, report, bag);
  const author = site.author as Record<string, unknown>;

  const data: HtmlData = { news: [], experience: [], education: [], publications: [], honors: [], owners: [] };
  const moved = new Map<string, Record<string, unknown>>();
  const ctx: CollectionContext = {
    config, report, data, root: src, bag, siteUrl: String(site.url), ownerName: String(author.name), moved,
  };
  const today = postsToday(options.today, process.env, Date.now);
  const sources = convertPages(src, byRole, navigationUrls(site), ctx, today);
  const { pages } = sources;
  const statics = [...byRole('static'), ...sources.copied];
  const records = convertRecords(keepUnlistedEntries(src, byRole, sources, ctx), ctx);
  const { publications, talks, teaching, projects } = records;
  const lists = [publications, talks, teaching, projects];
  const { redirects, served } = keepOldAddresses(config, sources, statics, moved, records.targets, lists, report);
  if (Object.keys(redirects).length) site.redirects = redirects;
  addOwnerNames(author, pages, data.owners, report);

  const styles = siteWideStyles(src, report);
  reportSiteWideScripts(src, report);
  const buttons = buttonStyles(pages, report);
  if (buttons) {
    styles.css.push(buttons.path);
    styles.entries.push(buttons);
  }
  if (styles.css.length) site.theme = { ...(site.theme as Record<string, unknown> | undefined), css: styles.css };
  const dataFiles: [string, unknown[]][] = [
    ['news', data.news], ['experience', data.experience], ['education', data.education], ['honors', data.honors],
    ['publications', publications], ['talks', talks], ['teaching', teaching], ['projects', projects],
  ];
  const linking: [string, unknown][] = [['_config.yml', site.author]];
  for (const [name, list] of dataFiles) linking.push([`data/${name}.yml`, list]);
  const broken = alreadyBroken(pages, linking, served, siteBase(config), report);
  if (broken.length) site.known_broken_links = broken;
  const entries: OutputEntry[] = [siteYml(site), ...styles.entries];
  for (const p of pages) entries.push({ path: p.path, text: markdownFile(p.frontMatter, p.body) });
  for (const [name, list] of dataFiles) if (list.length) entries.push({ path: `data/${name}.yml`, text: toYaml(list) });
  for (const rel of statics) entries.push({ path: `static/${rel}`, copyFrom: join(src, rel) });
  for (const { rel, url } of sources.collectionCopies) entries.push({ path: `static${url}`, copyFrom: join(src, rel) });

  countAll(report, {
    pages: pages.filter((p) => p.path.startsWith('pages/')).length,
    posts: pages.filter((p) => p.path.startsWith('posts/')).length,
    publications: publications.length, talks: talks.length, teaching: teaching.length, projects: projects.length,
    news: data.news.length, experience: data.experience.length, education: data.education.length,
    honors: data.honors.length,
    'static files': statics.length,
  });
  reportSkipped(byRole, statics.length, config, report);
  const text = report.render(`academicpages → Vita`);
  entries.push({ path: 'IMPORT-REPORT.md', text });
  writeEntries(dest, entries);
  return { ok: !bag.hasErrors, diagnostics: bag.sorted(), report: text, written: entries.map((e) => e.path).sort() };
}

function siteYml(site: Record<string, unknown>): OutputEntry {
  const schema = '# yaml-language-server: $schema=./node_modules/vita/schema/site.schema.json\n';
  return { path: 'site.yml', text: schema + toYaml(site) };
}
