import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanBibtex, type BibChunk } from '../load/bibtex/scan.js';
import { replaceFile } from '../write/safe-files.js';

/** publications.bib as raw text (BOM and line ends as they are), edited only by appending entries or inserting fields. */
export class BibFile {
  readonly path: string;
  readonly original: string;
  private text: string;
  private readonly newline: string;

  constructor(root: string) {
    this.path = join(root, 'publications.bib');
    this.original = existsSync(this.path) ? readFileSync(this.path, 'utf8') : '';
    this.text = this.original;
    this.newline = this.original.includes('\r\n') ? '\r\n' : '\n';
  }

  /** The line ending new text is written with: the file's own. */
  get eol(): string {
    return this.newline;
  }

  get changed(): boolean {
    return this.text !== this.original;
  }

  /** Entries as the scanner sees them now, with offsets into the text without its BOM. */
  entries(): BibChunk[] {
    return scanBibtex(this.body()).entries;
  }

  /** Adds an entry at the end, after one blank line; nothing before it changes. */
  append(entry: string): void {
    const nl = this.newline;
    const lead = this.text === '' || this.text === '\uFEFF' ? '' : this.text.endsWith(nl + nl) ? '' : this.text.endsWith(nl) ? nl : nl + nl;
    this.text += lead + entry;
  }

  /** Adds `name = {value}` as the last field of an entry, indented like its other fields. */
  insertField(entry: BibChunk, name: string, value: string): void {
    const bom = this.text.startsWith('\uFEFF') ? 1 : 0;
    const body = this.body();
    const close = entry.end - 1;
    let last = close - 1;
    while (last > entry.offset && /\s/.test(body[last]!)) last--;
    const indent = /\n([ \t]*)\S[^\n]*$/.exec(body.slice(entry.offset, last + 1))?.[1] ?? '  ';
    const comma = body[last] === ',' ? '' : ',';
    const field = `${comma}${this.newline}${indent}${name} = {${value}}${body[last] === ',' ? ',' : ''}`;
    const at = bom + last + 1;
    this.text = this.text.slice(0, at) + field + this.text.slice(at);
  }

  /**
   * Writes the file through a new temporary file and a rename (a link there is replaced, never followed), after
   * checking that the new text scans without problems and holds the expected number of entries; otherwise
   * writes nothing and says why.
   */
  save(expectedEntries: number): { ok: true } | { ok: false; reason: string } {
    const scan = scanBibtex(this.body());
    if (scan.problems.length) return { ok: false, reason: `the new text would not parse: ${scan.problems[0]!.message}` };
    if (scan.entries.length !== expectedEntries) {
      return { ok: false, reason: `expected ${expectedEntries} entries after the edit, found ${scan.entries.length}` };
    }
    replaceFile(this.path, this.text);
    return { ok: true };
  }

  private body(): string {
    return this.text.startsWith('\uFEFF') ? this.text.slice(1) : this.text;
  }
}
