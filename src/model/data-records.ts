import type { z } from 'zod';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { MarkdownFile } from '../load/front-matter.js';
import { linesFrom, scalarOrigin, type TextOrigin } from '../load/text-origin.js';
import { positionOf, type YamlFile } from '../load/yaml.js';
import { validateYaml } from '../validate/zod-diagnostics.js';
import type { SourceRef } from './source-ref.js';

/** A validated entry with where it came from and, for Markdown files, its body. */
export interface SourcedRecord<T> {
  record: T;
  source: SourceRef;
  /** Markdown body of a `<folder>/*.md` entry (trimmed); undefined for YAML entries. */
  body?: string;
  /** Where a Markdown body is in its file: a `<folder>/*.md` body, or a YAML entry's `body` value. */
  bodyOrigin?: TextOrigin;
}

/**
 * Entries of one kind from data/<name>.yml (a list) and from <folder>/*.md (front matter + body),
 * validated against `schema` with positioned diagnostics. YAML entries come first, then files by path.
 */
export function collectRecords<S extends z.ZodType>(
  schema: S, yaml: YamlFile | undefined, files: readonly MarkdownFile[] | undefined, bag: DiagnosticBag, kind: string,
): SourcedRecord<z.output<S>>[] {
  const out: SourcedRecord<z.output<S>>[] = [];
  if (yaml) {
    const list = validateYaml(schemaList(schema), yaml, bag) as z.output<S>[] | undefined;
    list?.forEach((record, i) => {
      const p = positionOf(yaml, [i]);
      const bodyOrigin = scalarOrigin(yaml, [i, 'body']);
      const source = { file: yaml.source.file, line: p.line, col: p.col };
      out.push({ record, source, ...(bodyOrigin ? { bodyOrigin } : {}) });
    });
  }
  const sorted = [...(files ?? [])].sort((a, b) => (a.source.file < b.source.file ? -1 : 1));
  for (const file of sorted) {
    if (!file.hasFrontMatter) {
      bag.error('missing-front-matter', file.source.file, { line: 1, col: 1 }, `This ${kind} file has no front matter.`,
        'Start the file with front matter between two lines of ---, holding the same keys as an entry of the data file.');
      continue;
    }
    if (!file.frontMatter) continue; // its YAML error is already reported
    const record = validateYaml(schema, file.frontMatter, bag);
    if (record === undefined) continue;
    const body = file.body.trim();
    // The lines trimmed off the start still count: the body's first line is further down the file.
    const skipped = file.body.slice(0, file.body.indexOf(body)).split(/\r\n|\r|\n/).length - 1;
    const source = { file: file.source.file, line: 1, col: 1 };
    out.push({ record, source, ...(body ? { body, bodyOrigin: linesFrom(file.bodyLine + skipped) } : {}) });
  }
  return out;
}

// A list of `schema`, built lazily so each kind's module keeps exporting just its entry schema.
const lists = new WeakMap<z.ZodType, z.ZodType>();
function schemaList(schema: z.ZodType): z.ZodType {
  let list = lists.get(schema);
  if (!list) {
    list = (schema as unknown as { array(): z.ZodType }).array();
    lists.set(schema, list);
  }
  return list;
}

/** Newest first by a date key (missing dates last); equal keys keep their order. */
export function newestFirst<T>(items: readonly T[], key: (item: T) => string | undefined): T[] {
  return items
    .map((item, index) => ({ item, index, k: key(item) ?? '' }))
    .sort((a, b) => (a.k < b.k ? 1 : a.k > b.k ? -1 : a.index - b.index))
    .map((x) => x.item);
}
