import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { readBibtex, type ReadBibtex } from './bibtex.js';
import { splitFrontMatter, type MarkdownFile } from './front-matter.js';
import { readSource } from './read-source.js';
import { SiteFolder, type SitePath } from './site-folder.js';
import type { SourceText } from './source-text.js';
import { walkFiles } from './walk.js';
import { loadYaml, type YamlFile } from './yaml.js';

/** How site files are read and parsed; `vita dev` passes memoised versions so that unchanged files are not read or parsed again. */
export interface Parsers {
  read: typeof readSource;
  markdown: typeof splitFrontMatter;
  yaml: typeof loadYaml;
}

const PARSERS: Parsers = { read: readSource, markdown: splitFrontMatter, yaml: loadYaml };

/** Every file of a site, read and parsed but not yet validated. */
export interface LoadedSite {
  root: string;
  siteYml?: YamlFile;
  pages: MarkdownFile[];
  /** data/<name>.yml by name (`news`, `experience` …). */
  data: Map<string, YamlFile>;
  /** publications.bib, scanned and converted as far as the fast path goes (see `readBibtex`). */
  bibtex?: ReadBibtex;
  /** Markdown files of content folders such as posts/, by folder name. */
  collections: Map<string, MarkdownFile[]>;
  /** Paths relative to static/. */
  staticFiles: string[];
  /** Where each static file really is (links resolved once, inside the site): what the build copies. */
  staticSources: Map<string, string>;
  /** The owner's stylesheets, HTML snippets and component templates under theme/, by path (`theme/custom.css`). */
  themeFiles: Map<string, SourceText>;
}

/** Reads site.yml, pages/, data/, publications.bib, the given content folders and the list of static/ files. */
export function loadSite(root: string, bag: DiagnosticBag, contentFolders: readonly string[] = [], parsers: Parsers = PARSERS): LoadedSite {
  const site: LoadedSite = { root, pages: [], data: new Map(), collections: new Map(), staticFiles: [], staticSources: new Map(), themeFiles: new Map() };
  const folder = new SiteFolder(root);
  const siteYml = folder.resolve('site.yml', bag, folder.realRoot, true);
  if (siteYml.kind === 'missing') {
    bag.error('missing-site-yml', 'site.yml', undefined, 'There is no site.yml in this folder.',
      `Run \`vita init\` to create a site, or point Vita at the folder that holds site.yml (looked in ${root}).`);
  } else if (isFile(siteYml, 'site.yml', bag)) {
    const source = parsers.read(siteYml.real, 'site.yml', bag);
    const yaml = source && parsers.yaml(source, bag);
    if (yaml) site.siteYml = yaml;
  }

  site.pages = loadMarkdownFolder(folder, 'pages', bag, parsers);
  for (const name of contentFolders) site.collections.set(name, loadMarkdownFolder(folder, name, bag, parsers));

  for (const file of walkFiles(folder, 'data', bag)) {
    const match = /^data\/([^/]+)\.ya?ml$/i.exec(file.relative);
    if (!match) {
      bag.warn('ignored-file', file.relative, undefined, 'Only YAML files directly in data/ are read; this file is ignored.');
      continue;
    }
    const source = parsers.read(file.absolute, file.relative, bag);
    const yaml = source && parsers.yaml(source, bag);
    if (yaml) site.data.set(match[1]!, yaml);
  }

  const bib = folder.resolve('publications.bib', bag);
  if (isFile(bib, 'publications.bib', bag)) {
    const source = parsers.read(bib.real, 'publications.bib', bag);
    if (source) site.bibtex = readBibtex(source, bag);
  }

  site.themeFiles = loadThemeFiles(folder, bag, parsers);
  for (const file of walkFiles(folder, 'static', bag, (name) => name === '.DS_Store' || name === '.git')) {
    const path = file.relative.slice('static/'.length);
    site.staticFiles.push(path);
    site.staticSources.set(path, file.absolute);
  }
  return site;
}

// A file the site needs by name (site.yml) must be a file; a folder of that name is reported.
function isFile(path: SitePath, name: string, bag: DiagnosticBag): path is { kind: 'file'; real: string } {
  if (path.kind === 'folder') bag.error('fs-is-folder', name, undefined, `${name} is a folder, but Vita expects a file here.`, `Rename the folder; ${name} must be a text file.`);
  return path.kind === 'file';
}

// Only text the theme uses is read; fonts and images belong in static/, which is copied as it is.
function loadThemeFiles(site: SiteFolder, bag: DiagnosticBag, parsers: Parsers): Map<string, SourceText> {
  const files = new Map<string, SourceText>();
  for (const file of walkFiles(site, 'theme', bag)) {
    if (!/\.(css|html|liquid)$/i.test(file.relative)) {
      bag.warn('ignored-file', file.relative, undefined, 'Only .css, .html and .liquid files are read from theme/; this file is ignored.',
        'Put fonts and images in static/ and refer to them from your CSS as /fonts/… or /images/….');
      continue;
    }
    const source = parsers.read(file.absolute, file.relative, bag);
    if (source) files.set(file.relative, source);
  }
  return files;
}

function loadMarkdownFolder(site: SiteFolder, folder: string, bag: DiagnosticBag, parsers: Parsers): MarkdownFile[] {
  const files: MarkdownFile[] = [];
  for (const file of walkFiles(site, folder, bag)) {
    if (!/\.(md|markdown)$/i.test(file.relative)) {
      bag.warn('ignored-file', file.relative, undefined, `Only Markdown files (.md) are read from ${folder}/; this file is ignored.`,
        'Put images and downloads in static/.');
      continue;
    }
    const source = parsers.read(file.absolute, file.relative, bag);
    if (source) files.push(parsers.markdown(source, bag));
  }
  return files;
}
