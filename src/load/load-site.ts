import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { readBibtex, type ReadBibtex } from './bibtex.js';
import { splitFrontMatter, type MarkdownFile } from './front-matter.js';
import { readSource } from './read-source.js';
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
  /** The owner's stylesheets, HTML snippets and component templates under theme/, by path (`theme/custom.css`). */
  themeFiles: Map<string, SourceText>;
}

/** Reads site.yml, pages/, data/, publications.bib, the given content folders and the list of static/ files. */
export function loadSite(root: string, bag: DiagnosticBag, contentFolders: readonly string[] = [], parsers: Parsers = PARSERS): LoadedSite {
  const site: LoadedSite = { root, pages: [], data: new Map(), collections: new Map(), staticFiles: [], themeFiles: new Map() };
  const siteYmlPath = join(root, 'site.yml');
  if (!existsSync(siteYmlPath)) {
    bag.error('missing-site-yml', 'site.yml', undefined, 'There is no site.yml in this folder.',
      `Run \`vita init\` to create a site, or point Vita at the folder that holds site.yml (looked in ${root}).`);
  } else {
    const source = parsers.read(siteYmlPath, 'site.yml', bag);
    const yaml = source && parsers.yaml(source, bag);
    if (yaml) site.siteYml = yaml;
  }

  site.pages = loadMarkdownFolder(root, 'pages', bag, parsers);
  for (const folder of contentFolders) site.collections.set(folder, loadMarkdownFolder(root, folder, bag, parsers));

  for (const file of walkFiles(root, join(root, 'data'), bag)) {
    const match = /^data\/([^/]+)\.ya?ml$/i.exec(file.relative);
    if (!match) {
      bag.warn('ignored-file', file.relative, undefined, 'Only YAML files directly in data/ are read; this file is ignored.');
      continue;
    }
    const source = parsers.read(file.absolute, file.relative, bag);
    const yaml = source && parsers.yaml(source, bag);
    if (yaml) site.data.set(match[1]!, yaml);
  }

  const bibPath = join(root, 'publications.bib');
  if (existsSync(bibPath) && statSync(bibPath).isFile()) {
    const source = parsers.read(bibPath, 'publications.bib', bag);
    if (source) site.bibtex = readBibtex(source, bag);
  }

  site.themeFiles = loadThemeFiles(root, bag, parsers);
  const staticDir = join(root, 'static');
  site.staticFiles = walkFiles(root, staticDir, bag, (name) => name === '.DS_Store' || name === '.git').map((f) => f.relative.slice('static/'.length));
  return site;
}

// Only text the theme uses is read; fonts and images belong in static/, which is copied as it is.
function loadThemeFiles(root: string, bag: DiagnosticBag, parsers: Parsers): Map<string, SourceText> {
  const files = new Map<string, SourceText>();
  for (const file of walkFiles(root, join(root, 'theme'), bag)) {
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

function loadMarkdownFolder(root: string, folder: string, bag: DiagnosticBag, parsers: Parsers): MarkdownFile[] {
  const files: MarkdownFile[] = [];
  for (const file of walkFiles(root, join(root, folder), bag)) {
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
