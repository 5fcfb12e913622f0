/** The sites the browser suite visits: the example sites, built into temporary folders. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBuiltSite } from '../../src/check/built-site.js';

export interface SiteUnderTest {
  /** Short name for test titles and screenshot folders, e.g. `seed`. */
  name: string;
  outDir: string;
  /** URL paths of the pages to visit (redirect pages excluded), sorted. */
  pages: string[];
}

/** The URL of every page of an output folder that a reader can land on; redirect stubs only forward. */
export function pagesOf(outDir: string): string[] {
  return readBuiltSite(outDir).pages.filter((p) => !p.isRedirect).map((p) => p.url);
}

/** Builds the example sites into temporary folders; `cleanup()` removes them. */
export async function buildSites(): Promise<{ sites: SiteUnderTest[]; cleanup(): void }> {
  const tmp = mkdtempSync(join(tmpdir(), 'vita-browser-'));
  const fixture = join(import.meta.dirname, '..', 'fixtures', 'check-built');
  return { sites: [{ name: 'fixture', outDir: fixture, pages: pagesOf(fixture) }], cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}
