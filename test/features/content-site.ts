import { build, type BuildOptions, type BuildResult } from '../../src/build.js';
import { location } from '../../src/diagnostics/diagnostic.js';
import { MINIMAL_SITE_YML, writeSite } from '../helpers/site.js';

/** Builds a small site (site.yml added unless given) in memory, with "today" fixed so future posts are deterministic. */
export async function buildContent(files: Record<string, string>, options: Partial<BuildOptions> = {}, today = '2025-06-01'): Promise<BuildResult> {
  const root = writeSite({ 'site.yml': MINIMAL_SITE_YML, ...files });
  const previous = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = String(Date.parse(`${today}T00:00:00Z`) / 1000);
  try {
    return await build({ root, write: false, ...options });
  } finally {
    if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = previous;
  }
}

/** Diagnostics as `file:line:col severity message [rule]` lines. */
export function messages(result: BuildResult): string[] {
  return result.diagnostics.map((d) => `${location(d)} ${d.severity} ${d.message} [${d.rule}]`);
}

/** The text of one output file, by path. */
export function fileText(result: BuildResult, path: string): string {
  const file = result.files.find((f) => f.path === path);
  if (!file) throw new Error(`no output file ${path}; have: ${result.files.map((f) => f.path).join(', ')}`);
  if (!('content' in file)) throw new Error(`${path} is copied, not generated`);
  return typeof file.content === 'string' ? file.content : Buffer.from(file.content).toString('utf8');
}

/** The <main> of a page, for assertions that ignore the site chrome. */
export function mainOf(html: string): string {
  const start = html.indexOf('<main');
  return html.slice(start, html.indexOf('</main>', start) + 7);
}
