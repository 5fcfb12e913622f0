import type { DiagnosticBag, Position } from '../diagnostics/diagnostic.js';
import type { SourceRef } from '../model/types.js';
import { LatexConverter, type Slot, type TextName } from './bibtex/convert.js';
import { entryText, SITE_ONLY_FIELDS } from './bibtex/entry-text.js';
import { scanBibtex, type BibChunk, type BibField } from './bibtex/scan.js';
import { MAX_STRING_LENGTH, StringTable, type UndefinedMacro } from './bibtex/values.js';
import type { SourceText } from './source-text.js';

/** One BibTeX entry, converted to Unicode, with the positions of its fields. */
export interface BibRecord {
  key: string;
  /** Lower-case entry type, e.g. `inproceedings`. */
  type: string;
  source: SourceRef;
  /** Field values as Unicode text (URL-like fields as written), first occurrence wins. */
  fields: Record<string, string>;
  /** Where a field's name is, for messages about its value (worked out only when a message needs it). */
  fieldPosition(name: string): Position | undefined;
  authors: TextName[];
  /** The author list ended with `and others`. */
  authorsOthers: boolean;
  editors: TextName[];
  /** The entry as a standalone citation (see `entryText`). */
  bibtex: string;
  /** Another entry names this one in `crossref` (a proceedings volume rather than a paper). */
  crossrefTarget: boolean;
}

// Fields that hold URLs, paths or identifiers: LaTeX is not interpreted there (as in BibLaTeX's verbatim fields).
const VERBATIM = new Set(['url', 'doi', 'pdf', 'code', 'html', 'website', 'arxiv', 'eprint', 'slides', 'poster', 'video', 'blog', 'supp', 'preview', 'file', 'author+an', 'editor+an', 'crossref', 'isbn', 'issn']);
const NAME_FIELDS = new Set(['author', 'editor']);

/**
 * publications.bib scanned, with every field the fast LaTeX path could convert already converted; `finish()`
 * converts the rest with @retorquere/bibtex-parser, which must then be loaded when `needsFullParser` is true.
 */
export interface ReadBibtex {
  needsFullParser: boolean;
  finish(): BibRecord[];
}

/** Reads publications.bib into records; every problem becomes a diagnostic and the rest is still read. */
export function loadBibtex(source: SourceText, bag: DiagnosticBag): BibRecord[] {
  return readBibtex(source, bag).finish();
}

/** The first half of `loadBibtex`: scanning, @strings, problems and the fast conversions, without the full parser. */
export function readBibtex(source: SourceText, bag: DiagnosticBag): ReadBibtex {
  const file = source.file;
  const scan = scanBibtex(source.text);
  for (const p of scan.problems) bag.error(p.rule, file, source.position(p.offset), p.message, p.hint);

  const strings = new StringTable();
  const missing: UndefinedMacro[] = [];
  for (const def of strings.define(scan.strings, missing)) {
    bag.error('bibtex-string-too-long', file, source.position(def.offset), `The @string "${def.name}" expands to more than ${MAX_STRING_LENGTH.toLocaleString('en-US')} characters.`,
      '@string values that grow by concatenating each other are refused; write the text out.');
  }
  const byKey = new Map(scan.entries.map((e) => [e.key.toLowerCase(), e] as const));
  const converter = new LatexConverter();
  const pending = scan.entries.map((chunk) => prepare(chunk, byKey, strings, converter, source, bag, missing));
  const targets = new Set(scan.entries.flatMap((e) => e.fields.filter((f) => f.name === 'crossref').map((f) => (strings.resolve(f.parts, []) ?? '').trim().toLowerCase())));

  const reported = new Set<number>();
  for (const m of missing) {
    if (reported.has(m.offset)) continue;
    reported.add(m.offset);
    bag.error('bibtex-undefined-string', file, source.position(m.offset), `Undefined @string "${m.name}".`,
      `Define it before use with @string{${m.name} = {…}}, or put the text in braces: {${m.name}}.`);
  }
  return {
    needsFullParser: converter.hasPending,
    finish: () => {
      converter.flush();
      return pending.map((p) => p(targets));
    },
  };
}

function prepare(chunk: BibChunk, byKey: Map<string, BibChunk>, strings: StringTable, converter: LatexConverter,
  source: SourceText, bag: DiagnosticBag, missing: UndefinedMacro[]): (crossrefTargets: ReadonlySet<string>) => BibRecord {
  const file = source.file;
  const own = new Map<string, BibField>();
  for (const field of chunk.fields) {
    if (own.has(field.name)) {
      bag.warn('bibtex-duplicate-field', file, source.position(field.offset), `Field "${field.name}" appears twice in entry "${chunk.key}"; the first one is used.`,
        'Delete one of the two.');
    } else own.set(field.name, field);
  }
  const fields = [...own.values(), ...inherited(chunk, own, byKey, strings, source, bag)];

  const values: Record<string, Slot<string>> = {};
  // Offsets, not line:col: with 10,000 entries, 130,000 positions would be made and kept for a rare message.
  const offsets: Record<string, number> = {};
  let authors: Slot<{ names: TextName[]; others: boolean }> | undefined;
  let editors: Slot<{ names: TextName[]; others: boolean }> | undefined;
  for (const field of fields) {
    offsets[field.name] = field.offset;
    const resolved = strings.resolve(field.parts, missing);
    if (resolved === undefined) {
      bag.error('bibtex-string-too-long', file, source.position(field.offset), `Field "${field.name}" of entry "${chunk.key}" expands to more than ${MAX_STRING_LENGTH.toLocaleString('en-US')} characters.`,
        'Fields that concatenate @strings are limited in length; write the text out.');
    }
    const raw = resolved ?? '';
    const unknown = (command: string) => bag.warn('bibtex-unknown-command', file, source.position(field.offset),
      `Unknown LaTeX command ${command} in field "${field.name}" of entry "${chunk.key}" was left out.`,
      'Write the character itself (UTF-8 is fine in .bib files) or a standard LaTeX command.');
    if (field.name === 'author') authors = converter.names(raw, unknown);
    else if (field.name === 'editor') editors = converter.names(raw, unknown);
    else if (VERBATIM.has(field.name)) values[field.name] = { value: unescapeVerbatim(raw) };
    else values[field.name] = converter.text(raw, unknown, field.name === 'title');
  }
  const bibtex = entryText(chunk, fields, strings);
  // The record is made after the full parser ran; until then only what it needs is kept (not the scanned chunk).
  const { key, type, offset } = chunk;
  return (crossrefTargets) => {
    const converted: Record<string, string> = {};
    for (const name in values) converted[name] = values[name]!.value;
    return {
      key,
      type,
      source: { file, ...source.position(offset) },
      fields: converted,
      fieldPosition: (name) => (offsets[name] === undefined ? undefined : source.position(offsets[name])),
      authors: authors?.value.names ?? [],
      authorsOthers: authors?.value.others ?? false,
      editors: editors?.value.names ?? [],
      bibtex,
      crossrefTarget: crossrefTargets.has(key.toLowerCase()),
    };
  };
}

// Crossref: the parent's fields fill in what the child lacks; a proceedings' title is the child's booktitle.
function inherited(chunk: BibChunk, own: Map<string, BibField>, byKey: Map<string, BibChunk>, strings: StringTable,
  source: SourceText, bag: DiagnosticBag): BibField[] {
  const ref = own.get('crossref');
  if (!ref) return [];
  const target = (strings.resolve(ref.parts, []) ?? '').trim();
  const parent = byKey.get(target.toLowerCase());
  if (!parent) {
    bag.warn('bibtex-missing-crossref', source.file, source.position(ref.offset), `Entry "${chunk.key}" has crossref "${target}", but there is no entry with that key.`,
      'Add the referenced entry to publications.bib or remove the crossref field.');
    return [];
  }
  const out: BibField[] = [];
  const taken = new Set(own.keys());
  for (const field of parent.fields) {
    let name = field.name;
    if (name === 'title' && /^(proceedings|book|collection|mvbook|mvproceedings)$/.test(parent.type)) name = 'booktitle';
    if (taken.has(name) || SITE_ONLY_FIELDS.has(name) || name === 'crossref') continue;
    taken.add(name);
    out.push({ ...field, name });
  }
  return out;
}

// People paste URLs with LaTeX escapes (`\_`, `\%`); in a link they would break it.
function unescapeVerbatim(raw: string): string {
  return raw.replace(/\\([_%&#$~])/g, '$1').replace(/[ \t\r\n]+/g, ' ').trim();
}
