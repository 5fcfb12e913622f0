import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { build } from '../../src/build.js';
import { ENGLISH } from '../../src/i18n/locales/index.js';

// The attack text: a script, both quotes and an ampersand, put into every string field that Vita documents
// as text. Wherever it comes out (HTML text and attributes, JSON-LD, meta tags, feeds, the sitemap, citation
// files) it must come out as text — never as markup, never closing an attribute or a script.
const P = `<script>alert(1)</script>"'&`;
// Each field gets the payload followed by its own name, so that a field that never reaches the output shows.
const FIELDS: string[] = [];
/** The payload for `field`, as a YAML double-quoted scalar. */
function y(field: string): string {
  FIELDS.push(field);
  return JSON.stringify(`${P} @${field}`);
}

const uiText = Object.keys(ENGLISH.messages).map((key) => `  ${key}: ${y(`ui_text:${key}`)}`).join('\n');

// Redirect targets are not given it: `<`, `"` and `{` in them are refused (test/invalid/permalink-url-characters).
/** The site: every data kind, each string field set to the payload (URLs, dates and names of things excepted). */
export const SITE: Record<string, string | Buffer> = {
  'site.yml': `title: ${y('site.yml:title')}
url: https://escape.example
description: ${y('site.yml:description')}
language: en
author:
  name: ${y('site.yml:name')}
  native_name: ${y('site.yml:native_name')}
  name_variants: [${y('site.yml:name_variants')}]
  bio: ${y('site.yml:bio')}
  position: ${y('site.yml:position')}
  location: ${y('site.yml:location')}
  employer: { name: ${y('site.yml:name#2')}, url: https://lab.example }
  email: ${y('site.yml:email')}
  interests: [${y('site.yml:interests')}]
  links:
    github: ${y('site.yml:github')}
    scholar: ${y('site.yml:scholar')}
    x: ${y('site.yml:x')}
navigation:
  - { title: ${y('site.yml:title#2')}, url: / }
  - { title: ${y('site.yml:title#3')}, url: /posts/ }
  - { title: ${y('site.yml:title#4')}, url: /publications/ }
  - { title: ${y('site.yml:title#5')}, url: /cv/ }
  - { title: ${y('site.yml:title#6')}, url: /talks/ }
  - { title: ${y('site.yml:title#7')}, url: /teaching/ }
  - { title: ${y('site.yml:title#8')}, url: /projects/ }
  - { title: ${y('site.yml:title#9')}, url: /gallery/ }
footer:
  text: ${y('site.yml:text')}
  links:
    - { label: ${y('site.yml:label')}, url: https://footer.example, icon: ${y('site.yml:icon')} }
analytics: { provider: plausible, id: ${y('site.yml:id')} }
ui_text:
${uiText}
`,
  'pages/index.md': `---\ntitle: ${y('index.md:title')}\ndescription: ${y('index.md:description')}\nexcerpt: ${y('index.md:excerpt')}\n---\n\n::news\n`,
  'pages/publications.md': `---\ntitle: ${y('publications.md:title')}\nlayout: publications\n---\n`,
  'pages/gallery.md': `---\ntitle: ${y('gallery.md:title')}\n---\n\n::gallery\n`,
  'posts/2024-05-01-a-post.md': `---\ntitle: ${y('2024-05-01-a-post.md:title')}\ntags: [${y('2024-05-01-a-post.md:tags')}]\ncategories: [${y('2024-05-01-a-post.md:categories')}]\nexcerpt: ${y('2024-05-01-a-post.md:excerpt')}\ndescription: ${y('2024-05-01-a-post.md:description')}\n---\n\nText.\n`,
  'posts/2024-06-01-another.md': `---\ntitle: ${y('2024-06-01-another.md:title')}\ntags: ${y('2024-06-01-another.md:tags')}\n---\n\nMore text.\n`,
  'projects/tool.md': `---\ntitle: ${y('tool.md:title')}\nimage: /images/a.png\nsummary: ${y('tool.md:summary')}\nimage_alt: ${y('tool.md:image_alt')}\nlinks:\n  - { label: ${y('tool.md:label')}, url: https://code.example, icon: ${y('tool.md:icon')} }\ntags: [${y('tool.md:tags')}]\n---\n\nThe project.\n`,
  'talks/a-talk.md': `---\ntitle: ${y('a-talk.md:title')}\nevent: ${y('a-talk.md:event')}\ndate: 2024-03-01\nlocation: ${y('a-talk.md:location')}\nlinks:\n  - { label: ${y('a-talk.md:label')}, url: https://t.example }\n---\n\nAbout it.\n`,
  'teaching/a-course.md': `---\ncourse: ${y('a-course.md:course')}\ncode: ${y('a-course.md:code')}\nrole: ${y('a-course.md:role')}\ninstitution: ${y('a-course.md:institution')}\nterm: ${y('a-course.md:term')}\ndate: 2023-09\n---\n\nThe course.\n`,
  'data/news.yml': `- { date: 2024-01, text: ${y('news.yml:text')} }\n`,
  'data/experience.yml': `- { organization: ${y('experience.yml:organization')}, unit: ${y('experience.yml:unit')}, role: ${y('experience.yml:role')}, location: ${y('experience.yml:location')}, description: ${y('experience.yml:description')}, start: 2020, end: present }\n`,
  'data/education.yml': `- { organization: ${y('education.yml:organization')}, unit: ${y('education.yml:unit')}, role: ${y('education.yml:role')}, location: ${y('education.yml:location')}, description: ${y('education.yml:description')}, start: 2014, end: 2019 }\n`,
  'data/honors.yml': `- { title: ${y('honors.yml:title')}, by: ${y('honors.yml:by')}, year: ${y('honors.yml:year')}, note: ${y('honors.yml:note')} }\n- { title: ${y('honors.yml:title#2')}, years: [${y('honors.yml:years')}, 2020] }\n`,
  'data/talks.yml': `- { title: ${y('talks.yml:title')}, event: ${y('talks.yml:event')}, date: 2024-02-01, location: ${y('talks.yml:location')}, description: ${y('talks.yml:description')}, links: [{ label: ${y('talks.yml:label')}, url: https://s.example }] }\n`,
  'data/teaching.yml': `- { course: ${y('teaching.yml:course')}, code: ${y('teaching.yml:code')}, role: ${y('teaching.yml:role')}, institution: ${y('teaching.yml:institution')}, term: ${y('teaching.yml:term')}, description: ${y('teaching.yml:description')} }\n`,
  'data/projects.yml': `- { title: ${y('projects.yml:title')}, image: /images/a.png, summary: ${y('projects.yml:summary')}, image_alt: ${y('projects.yml:image_alt')}, tags: [${y('projects.yml:tags')}], links: [{ label: ${y('projects.yml:label')}, url: https://p.example }] }\n`,
  'data/gallery.yml': `- { image: /images/a.png, alt: ${y('gallery.yml:alt')}, caption: ${y('gallery.yml:caption')}, date: 2024-01 }\n`,
  'data/cv.yml': `summary: ${y('cv.yml:summary')}
skills: [{ category: ${y('cv.yml:category')}, items: [${y('cv.yml:items')}] }]
service: [${y('cv.yml:service')}, { text: ${y('cv.yml:text')}, date: 2022 }]
sections: [{ title: ${y('cv.yml:title')}, items: [${y('cv.yml:items#2')}] }]
`,
  'publications.bib': `@article{attack2024,
  title = {<script>alert(1)</script>"'\\&},
  author = {Ada, Lovelace and {<script>alert(1)</script>"'\\&}},
  journal = {<script>alert(1)</script>"'\\&},
  year = {2024},
  volume = {<script>alert(1)</script>"'\\&},
  number = {<script>alert(1)</script>"'\\&},
  pages = {<script>alert(1)</script>"'\\&},
  publisher = {<script>alert(1)</script>"'\\&},
  note = {<script>alert(1)</script>"'\\&},
  abstract = {<script>alert(1)</script>"'\\&},
  keywords = {<script>alert(1)</script>"'\\&},
  doi = {10.1000/<script>alert(1)</script>"'\\&},
}
@inproceedings{attack2023,
  title = {A talk},
  author = {Lovelace, Ada},
  booktitle = {<script>alert(1)</script>"'\\&},
  year = {2023},
}
`,
  // The smallest PNG: one transparent pixel.
  'static/images/a.png': Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
};

/** Writes SITE into a fresh folder and builds it in memory: each output file's path and text. */
async function buildAttackSite(): Promise<Map<string, string>> {
  const root = join(mkdtempSync(join(tmpdir(), 'vita-escape-')), 'site');
  for (const [path, content] of Object.entries(SITE)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const result = await build({ root, write: false, today: '2025-01-01' });
  assert.deepEqual(result.diagnostics.map((d) => `${d.file}:${d.position?.line} ${d.message}`), []);
  const files = new Map<string, string>();
  for (const file of result.files) {
    if (/\.(html|xml|json|bib|ris|txt)$/.test(file.path)) {
      files.set(file.path, 'from' in file ? readFileSync(file.from, 'utf8') : Buffer.from(file.content).toString('utf8'));
    }
  }
  return files;
}

// The payload as HTML or XML text must show `<` and `&` escaped (`>` may stay), and `"` escaped too inside a
// tag (an attribute); in a URL it is percent-encoded.
const GT = '(?:>|&gt;)';
const QUOT = '(?:&quot;|&#34;|&#x22;)';
const APOS = `(?:'|&#39;|&#x27;|&apos;)`;
// (A BibTeX record shown on a publication's page keeps its `\\&`.)
const AS_TEXT = new RegExp(`^&lt;script${GT}alert\\(1\\)&lt;/script${GT}(?:"|${QUOT})${APOS}\\\\?&amp;`);
const AS_ATTRIBUTE = new RegExp(`^(?:&lt;script${GT}alert\\(1\\)&lt;/script${GT}${QUOT}${APOS}&amp;|%3Cscript%3Ealert\\(1\\)%3C%2Fscript%3E%22(?:'|%27)%26)`);
// Inside HTML that is itself escaped (a feed's type="html" content), the escaping is doubled.
const AS_ESCAPED_HTML = /^&amp;lt;script&amp;gt;alert\(1\)&amp;lt;\/script&amp;gt;/;

/** Every place the payload appears in an HTML or XML file, with what surrounds it. */
function problemsInMarkup(path: string, text: string): string[] {
  const problems: string[] = [];
  const start = (i: number) => Math.max(0, i - '&amp;lt;script&amp;gt;'.length);
  for (const m of text.matchAll(/alert\(1\)/g)) {
    const before = text.slice(0, m.index);
    const where = `${path}:${before.split('\n').length}: …${text.slice(start(m.index), m.index + 40)}…`;
    const scriptOpen = before.lastIndexOf('<script');
    if (scriptOpen > before.lastIndexOf('</script') && before.indexOf('>', scriptOpen) >= 0) {
      if (!/^<script type="application\/ld\+json">/.test(text.slice(scriptOpen))) problems.push(`in a script: ${where}`);
      continue;
    }
    const inTag = before.lastIndexOf('<') > before.lastIndexOf('>');
    const opening = /(?:&lt;script(?:>|&gt;)|%3Cscript%3E)$/.exec(before)?.[0] ?? '';
    const payload = text.slice(m.index - opening.length);
    const escapedHtml = /<(content|summary)\b[^>]*type="html"[^>]*>[^<]*$/.test(before);
    const ok = escapedHtml ? AS_ESCAPED_HTML.test(text.slice(m.index - '&amp;lt;script&amp;gt;'.length))
      : (inTag ? AS_ATTRIBUTE : AS_TEXT).test(payload);
    if (!ok) problems.push(where);
  }
  for (const m of text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
    try { JSON.parse(m[1]!); } catch { problems.push(`${path}: JSON-LD that is not JSON: ${m[1]!.slice(0, 80)}`); }
  }
  return problems;
}

/** JSON files: they parse; strings meant as HTML (`content_html`) hold the payload escaped. */
function problemsInJson(path: string, text: string): string[] {
  let value: unknown;
  try { value = JSON.parse(text); } catch { return [`${path}: not JSON`]; }
  const problems: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string' && key.endsWith('_html')) problems.push(...problemsInMarkup(`${path} ${key}`, v));
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(value, '');
  return problems;
}

/** BibTeX: `&` written `\&` for LaTeX, braces balanced; RIS: one `TAG  - value` per line. */
function problemsInCitation(path: string, text: string): string[] {
  if (path.endsWith('.ris')) {
    return text.split(/\r?\n/).filter((l) => l && !/^[A-Z][A-Z0-9]  - /.test(l) && l !== 'ER  -').map((l) => `${path}: ${l}`);
  }
  const problems = [...text.matchAll(/(?<!\\)&/g)].map((m) => `${path}: bare & at ${m.index}`);
  let depth = 0;
  for (const c of text.replace(/\\[{}]/g, '')) if ((depth += c === '{' ? 1 : c === '}' ? -1 : 0) < 0) break;
  if (depth !== 0) problems.push(`${path}: braces do not balance`);
  return problems;
}

test('a script and quotes put into every text field come out as text in every output file', async () => {
  const files = await buildAttackSite();
  const problems: string[] = [];
  let seen = 0;
  for (const [path, text] of files) {
    seen += text.split('alert(1)').length - 1;
    if (/\.(html|xml)$/.test(path)) problems.push(...problemsInMarkup(path, text));
    else if (path.endsWith('.json')) problems.push(...problemsInJson(path, text));
    else if (/\.(bib|ris)$/.test(path)) problems.push(...problemsInCitation(path, text));
  }
  assert.deepEqual(problems, []);
  assert.ok(seen > 500, `the payload reached the output ${seen} times`);
});

test('every field given the payload reaches the output, so the test above checked it', async () => {
  const all = [...(await buildAttackSite()).values()].join('\n');
  // ui_text keys show only where their words are used; this small site does not use them all.
  const notShown = new Map([
    ['site.yml:name_variants', 'only matched against author lists, never printed'],
    ['site.yml:email', 'printed only as character references (&#60;…), which the check above cannot read, and is safe by that'],
    ['site.yml:icon', 'an icon name looked up in the icon set: an unknown one draws no icon'],
    ['tool.md:icon', 'the same'],
    ['index.md:excerpt', 'a page with a description uses that instead'],
  ]);
  const missing = FIELDS.filter((f) => !f.startsWith('ui_text:') && !notShown.has(f)).filter((f) => !all.includes(`@${f}`) && !all.includes(encodeURIComponent(`@${f}`)));
  assert.deepEqual(missing, []);
});
