/** Reads one file of the old site: UTF-8, LF line ends, mojibake repaired (and reported), front matter split off. */
import { join } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { decodeUtf8, SourceText } from '../load/source-text.js';
import { readRegularFile } from '../write/safe-files.js';
import { isRecord } from './config.js';
import { reportMojibake } from './mojibake-report.js';
import { repairMojibake } from './mojibake.js';
import type { Report } from './report.js';
import { parseYaml11, salvageYaml11 } from './yaml11.js';

export interface SourceFile {
  /** Path relative to the old site's root. */
  rel: string;
  frontMatter: Record<string, unknown>;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** True when the front matter is not valid YAML: Jekyll read none of it; `frontMatter` holds what was salvaged. */
  unparsed?: boolean;
}

/** Reads `rel` from the old site's folder `root`. */
export function readSourceFile(root: string, rel: string, report: Report, bag: DiagnosticBag): SourceFile {
  return splitFrontMatter(rel, readText(root, rel, report), bag, report);
}

/** The file's text, repaired; every repair goes in the report. */
export function readText(root: string, rel: string, report: Report): string {
  // Never through a link, never blocking on a FIFO: _config.yml is read by name, before the listing vets it.
  const bytes = readRegularFile(join(root, rel));
  const decoded = decodeUtf8(bytes);
  let text = decoded.ok ? decoded.text : new TextDecoder('utf-8').decode(bytes);
  if (!decoded.ok) report.add('not-carried', `not valid UTF-8 from byte ${decoded.byteOffset}: unreadable bytes became U+FFFD`, rel);
  text = text.replace(/\r\n?/g, '\n');
  const fixed = repairMojibake(text);
  reportMojibake(fixed, new SourceText(rel, text), report);
  return fixed.text;
}

/** Splits `---` front matter (YAML 1.1, read as libyaml does) from the body; with `report`, keys written twice are listed. */
export function splitFrontMatter(rel: string, text: string, bag: DiagnosticBag, report?: Report): SourceFile {
  const m = /^---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { rel, frontMatter: {}, body: text, bodyLine: 1 };
  const bodyLine = m[0].split('\n').length - (m[0].endsWith('\n') ? 0 : 1);
  let frontMatter: Record<string, unknown> = {};
  let unparsed = false;
  try {
    const parsed = parseYaml11(m[1]!, (d) => report?.add('not-carried', `front matter key "${d.key}" is written twice: the last value is kept, as Jekyll did`, rel, d.line + 1));
    if (isRecord(parsed)) frontMatter = parsed;
  } catch (error) {
    const pos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    // One broken value should not cost the page its title and permalink: the entries that read cleanly stay.
    const salvage = salvageYaml11(m[1]!);
    unparsed = true;
    frontMatter = salvage.value;
    const kept = Object.keys(salvage.value);
    const lost = salvage.dropped.map((l) => l + 1).join(', ');
    const parts = [
      kept.length ? `The entries that read cleanly were kept (${kept.join(', ')})` : 'The page was imported without it',
      salvage.asText.length ? `${salvage.asText.join(', ')} kept as the text written` : '',
      lost ? `the one(s) starting on line ${lost} were left out` : '',
    ].filter(Boolean);
    bag.warn('import-front-matter', rel, pos ? { line: pos.line + 1, col: pos.col } : { line: 1, col: 1 },
      `The front matter is not valid YAML: ${String((error as Error).message).split('\n')[0]}`,
      `${parts.join('; ')}. Fix the YAML in the old file and import again.`);
  }
  return { rel, frontMatter, body: text.slice(m[0].length), bodyLine, ...(unparsed ? { unparsed } : {}) };
}
