import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { languageFolder, namesALanguage } from '../i18n/language-tag.js';
import type { MarkdownFile } from '../load/front-matter.js';

/** A page file of one language, with the path its translations share (`pages/about.zh.md` → `pages/about.md`). */
export interface PageInLanguage {
  file: MarkdownFile;
  /** One of the site's language tags, as site.yml lists it. */
  language: string;
  /** The file's path with its language removed: the same for a page and its translations. */
  key: string;
}

/**
 * Which language each page file is in: a listed tag before the extension (`index.zh.md`) or as the first folder
 * under pages/ (`pages/zh/about.md`), else the default language. A file named for a language the site does not
 * list (`about.fr.md` when languages: has no fr) is reported and left out.
 */
export function pageLanguages(files: readonly MarkdownFile[], languages: readonly string[], bag: DiagnosticBag): PageInLanguage[] {
  const byFolder = new Map(languages.map((tag) => [languageFolder(tag), tag]));
  const out: PageInLanguage[] = [];
  for (const file of files) {
    const path = file.source.file;
    const [, folder, rest] = /^pages\/([^/]+)\/(.+)$/.exec(path) ?? [];
    const folderLanguage = folder !== undefined ? byFolder.get(folder.toLowerCase()) : undefined;
    if (folderLanguage !== undefined && folderLanguage !== languages[0]) {
      out.push({ file, language: folderLanguage, key: `pages/${rest}` });
      continue;
    }
    const [, stem, part, extension] = /^(.+)\.([^./]+)(\.(?:md|markdown))$/i.exec(path) ?? [];
    const suffixLanguage = part !== undefined ? byFolder.get(part.toLowerCase()) : undefined;
    if (suffixLanguage !== undefined) {
      out.push({ file, language: suffixLanguage, key: `${stem}${extension}` });
    } else if (part !== undefined && namesALanguage(part)) {
      bag.error('unlisted-language', path, { line: 1, col: 1 },
        `This page is in "${part}" (by its name), which is not one of the site's languages (${languages.join(', ')}).`,
        `List ${part} under languages: in site.yml, or rename the file if ".${part}" is not meant as a language.`);
    } else {
      out.push({ file, language: languages[0]!, key: path });
    }
  }
  return out;
}
