/** The sites the browser suite visits: the example sites, built into temporary folders with the real pipeline. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from '../../src/build.js';
import { readBuiltSite } from '../../src/check/built-site.js';
import { formatDiagnostics } from '../../src/diagnostics/format.js';

export interface SiteUnderTest {
  /** Short name for test titles and screenshot folders, e.g. `seed`. */
  name: string;
  outDir: string;
  /** URL paths of the pages to visit (redirect pages excluded), sorted by output path. */
  pages: string[];
}

// examples/seed must exist; examples/full, examples/custom (a site with its own theme settings, CSS, HTML and
// component templates), examples/chinese (every UI word in Chinese) and examples/bilingual (English at /, Chinese
// under /zh/) join the suite when they do.
const EXAMPLES = [
  { name: 'seed', required: true }, { name: 'full', required: false }, { name: 'custom', required: false },
  { name: 'chinese', required: false }, { name: 'bilingual', required: false },
];

/** The URL of every page of an output folder that a reader can land on; redirect stubs only forward. */
export function pagesOf(outDir: string): string[] {
  return readBuiltSite(outDir).pages.filter((p) => !p.isRedirect).map((p) => p.url);
}

/** Builds one site into a new folder under `parent`; throws with the build's diagnostics when it fails. */
export async function buildInto(root: string, parent: string): Promise<string> {
  const outDir = join(parent, 'out');
  const result = await build({ root, outDir });
  if (!result.ok) throw new Error(`building ${root} failed:\n${formatDiagnostics(result.diagnostics)}`);
  return outDir;
}

/** Builds the example sites into temporary folders; `cleanup()` removes them. */
export async function buildSites(): Promise<{ sites: SiteUnderTest[]; cleanup(): void }> {
  const tmp = mkdtempSync(join(tmpdir(), 'vita-browser-'));
  const sites: SiteUnderTest[] = [];
  for (const { name, required } of EXAMPLES) {
    const root = resolve('examples', name);
    if (!existsSync(join(root, 'site.yml'))) {
      if (required) throw new Error(`${root}/site.yml is missing: the browser suite needs the example site`);
      continue;
    }
    const outDir = await buildInto(root, join(tmp, name));
    sites.push({ name, outDir, pages: pagesOf(outDir) });
  }
  return { sites, cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}
