// Reading PDFs in tests with Debian's poppler-utils (pdftotext, pdftohtml, pdffonts; .ci/run installs them).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function onDisk(pdf: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'vita-pdf-')), 'doc.pdf');
  writeFileSync(path, pdf);
  return path;
}

/** The PDF's text, as pdftotext reads it (reading order, one line per line). */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', onDisk(pdf), '-'], { encoding: 'utf8' });
}

/** Text with every space and line break removed, for finding phrases that wrap across lines. */
export function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}

function pdfXml(pdf: Buffer): string {
  return execFileSync('pdftohtml', ['-xml', '-i', '-stdout', onDisk(pdf)], { encoding: 'utf8' });
}

/** The colours text is set in (`#rrggbb`), sorted. */
export function textColors(pdf: Buffer): string[] {
  return [...new Set([...pdfXml(pdf).matchAll(/<fontspec [^>]*color="(#[0-9a-f]{6})"/g)].map((m) => m[1]!))].sort();
}

/** The text runs set in a bold font (pdftohtml's XML marks them <b>), in order. */
export function boldRuns(pdf: Buffer): string[] {
  const xml = pdfXml(pdf);
  return [...xml.matchAll(/<b>([\s\S]*?)<\/b>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').trim());
}

/** Names of the fonts embedded in the PDF (pdffonts), without the subset prefix. */
export function pdfFonts(pdf: Buffer): string[] {
  const lines = execFileSync('pdffonts', [onDisk(pdf)], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
}

/** The target of every link annotation (`/Subtype /Link` with a `/URI` action), in file order. */
export function uriAnnotations(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/URI\s*\(((?:\\.|[^\\)])*)\)/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
}

/** The PDF's metadata fields (pdfinfo): Title, Author, Keywords, CreationDate … */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', [onDisk(pdf)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')) {
    const m = /^([\w ]+):\s+(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}
