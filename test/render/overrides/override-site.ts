import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type BuildResult } from '../../../src/build.js';
import { location } from '../../../src/diagnostics/diagnostic.js';
import { MINIMAL_SITE_YML, writeSite } from '../../helpers/site.js';

/** Data for every component a template can replace: one or two entries each, with `<b>` to show escaping. */
export const DATA: Record<string, string> = {
  'data/experience.yml': '- organization: Analytical <b>Society</b>\n  unit: Engines\n  url: https://engines.example.org/\n' +
    '  role: Programmer\n  start: 2021-09\n  end: present\n  location: London\n  description: Wrote *the* first program.\n',
  'data/education.yml': '- organization: Home schooling\n  role: Mathematics\n  start: 1830\n  end: 1835\n',
  'data/honors.yml': '- title: Countess <b>of</b> Lovelace\n  by: The Crown\n  years: [1838, 1840]\n  note: "*by marriage*"\n' +
    '  url: /honours/\n',
  'data/talks.yml': '- title: On <b>engines</b>\n  event: Royal Society\n  type: invited\n  date: 2025-02-12\n  location: London\n' +
    '  url: https://royalsociety.example.org/\n  slides: /files/engines.pdf\n  description: "Punched **cards**."\n',
  'data/teaching.yml': '- course: Calculus\n  code: MA 101\n  role: Tutor\n  institution: King\'s College\n  term: Spring 1843\n' +
    '  date: 1843-02\n  description: "Limits and *series*."\n',
  'data/projects.yml': '- title: Note <b>G</b>\n  summary: The **Bernoulli** program.\n  image: /images/g.png\n  image_alt: A table\n' +
    '  url: https://note-g.example.org/\n  links:\n    - { label: Code, url: "https://example.org/g", icon: github }\n' +
    '  tags: [Programs]\n  date: 1843\n',
  'posts/2025-01-02-hello.md': '---\ntitle: Hello <World>\ntags: [Engines]\n---\n\nFirst paragraph *here*.\n',
  'static/files/engines.pdf': '%PDF-1.4\n',
  'static/images/g.png': 'png',
  'pages/index.md': '---\ntitle: Home\npermalink: /\nlayout: home\n---\n\n::experience\n\n::education\n\n::honors\n\n::talks\n\n' +
    '::teaching\n\n::projects\n\n::posts\n',
};

/**
 * A site with DATA whose `theme.components` are the given templates (theme/<name>.liquid), built in memory;
 * `binary` files (images) are written as bytes.
 */
export async function buildWith(components: Record<string, string>, files: Record<string, string> = {},
  binary: Record<string, Buffer> = {}): Promise<BuildResult> {
  const names = Object.keys(components);
  const root = writeSite({
    'site.yml': MINIMAL_SITE_YML + (names.length ? `theme:\n  components:\n${names.map((c) => `    ${c}: theme/${c}.liquid\n`).join('')}` : ''),
    ...Object.fromEntries(Object.entries(components).map(([c, text]) => [`theme/${c}.liquid`, text])),
    ...DATA,
    ...files,
  });
  for (const [path, bytes] of Object.entries(binary)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  const previous = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = String(Date.parse('2025-06-01T00:00:00Z') / 1000);
  try {
    return await build({ root, write: false });
  } finally {
    if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = previous;
  }
}

/** The text of one output file (empty when there is none). */
export function page(result: BuildResult, path: string): string {
  const file = result.files.find((f) => f.path === path);
  return file && 'content' in file ? Buffer.from(file.content).toString('utf8') : '';
}

/** Diagnostics as `file:line:col message`. */
export function messages(result: BuildResult): string[] {
  return result.diagnostics.map((d) => `${location(d)} ${d.message}`);
}
