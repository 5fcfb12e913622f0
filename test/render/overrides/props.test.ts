import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { COMPONENT_SPECS } from '../../../src/render/overrides/components.js';
import { drawnOf } from '../../../src/render/overrides/prepare-overrides.js';
import { COMPONENTS, type ComponentName } from '../../../src/validate/schemas/theme.js';
import { MINIMAL_SITE_YML } from '../../helpers/site.js';
import { buildWith, messages, page } from './override-site.js';

test('the props of entries, cards and post items are the documented interface, built from the model alone', async () => {
  const result = await buildWith({});
  assert.deepEqual(messages(result), []);
  const site = result.site!;
  const props = (name: keyof typeof COMPONENT_SPECS, item: object) => {
    const value = COMPONENT_SPECS[name].props(item, site);
    assert.deepEqual(Object.keys(value), COMPONENT_SPECS[name].keys, name);
    return value;
  };
  assert.deepEqual(props('timeline_entry', site.experience[0]!), {
    kind: 'experience', organization: 'Analytical <b>Society</b>', unit: 'Engines', url: 'https://engines.example.org/', role: 'Programmer',
    start: '2021-09', end: null, current: true, date_label: 'Sep 2021 – Present', location: 'London', logo: null,
    description: 'Wrote *the* first program.', description_html: 'Wrote <em>the</em> first program.',
  });
  assert.equal(props('timeline_entry', site.education[0]!).kind, 'education');
  assert.deepEqual(props('honor', site.honors[0]!), {
    title: 'Countess <b>of</b> Lovelace', by: 'The Crown', years: ['1838', '1840'], years_label: '1838, 1840', note: '*by marriage*',
    note_html: '<em>by marriage</em>', url: '/honours/',
  });
  assert.deepEqual(props('talk', site.talks![0]!), {
    title: 'On <b>engines</b>', type: 'invited', type_label: 'Invited talk', date: '2025-02-12', date_label: 'February 2025',
    event: 'Royal Society', location: 'London', url: 'https://royalsociety.example.org/',
    links: [{ label: 'Slides', url: '/files/engines.pdf', icon: 'pdf' }], description: 'Punched **cards**.',
    description_html: '<p>Punched <strong>cards</strong>.</p>\n',
  });
  assert.deepEqual(props('teaching_entry', site.teaching![0]!), {
    course: 'Calculus', code: 'MA 101', title: 'MA 101: Calculus', role: 'Tutor', institution: 'King\'s College', term: 'Spring 1843',
    date: '1843-02', term_label: 'Spring 1843', url: null, description: 'Limits and *series*.', description_html: '<p>Limits and <em>series</em>.</p>\n',
  });
  assert.deepEqual(props('project_card', site.projects![0]!), {
    title: 'Note <b>G</b>', slug: 'note-b-g-b', summary: 'The **Bernoulli** program.', summary_html: 'The <strong>Bernoulli</strong> program.',
    image: '/images/g.png', image_alt: 'A table', url: 'https://note-g.example.org/', page_url: null,
    links: [{ label: 'Code', url: 'https://example.org/g', icon: 'github' }], tags: ['Programs'], date: '1843',
  });
  assert.deepEqual(props('post_item', site.posts![0]!), {
    title: 'Hello <World>', url: '/posts/hello/', date: '2025-01-02', date_label: '2 January 2025', updated: null, description: null,
    excerpt: 'First paragraph here.', tags: ['Engines'], tag_links: [{ label: 'Engines', url: '/posts/tags/engines/' }], draft: false,
    reading_minutes: 1, reading_time_label: '1 min read', image: null,
  });
});

test('a publication\'s props carry what Vita\'s own item shows: citation count, status word, whether BibTeX is shown', async () => {
  const result = await buildWith({}, {
    'site.yml': `${MINIMAL_SITE_YML}citation_counts:\n  show: true\n`,
    'data/citations.yml': 'fetched: 2025-11-30\npapers:\n  sato2025:\n    openalex: 12\n',
    'data/publications.yml': '- key: sato2025\n  type: preprint\n  title: Counting\n  authors: [Ada Lovelace]\n  year: 2025\n  bibtex_show: false\n',
  });
  assert.deepEqual(messages(result), []);
  const props = COMPONENT_SPECS.publication.props(result.site!.publications[0]!, result.site!);
  assert.deepEqual([props.status, props.status_label, props.bibtex_show, props.cited_by, props.cited_by_label],
    ['preprint', 'Preprint', false, 12, 'Cited by 12']);
});

/** The props docs/theming.md lists for a component, in its order: the interface owners write templates against. */
function documentedProps(name: ComponentName): string[] {
  const docs = readFileSync(new URL('../../../docs/theming.md', import.meta.url), 'utf8');
  const { variable } = COMPONENT_SPECS[name];
  const start = docs.indexOf(`\n### ${name}\n`);
  assert.ok(start >= 0, `docs/theming.md has no "### ${name}" section`);
  const rows = docs.slice(start, docs.indexOf('\n##', start + 1)).split('\n').filter((line) => line.startsWith('| `'));
  const key = new RegExp(`\`${variable}\\.([a-z_]+)\``, 'g');
  return rows.flatMap((row) => [...row.split(' | ')[0]!.matchAll(key)].map((m) => m[1]!));
}

test('docs/theming.md documents every component and exactly its props', () => {
  for (const name of COMPONENTS) assert.deepEqual(documentedProps(name), [...COMPONENT_SPECS[name].keys], name);
});

// The upgrade check from the owner's side: templates that use every prop the docs promise build cleanly.
test('a template that reads every documented prop of its component draws without an error', async () => {
  const templates = Object.fromEntries(COMPONENTS.map((name) => {
    const { variable } = COMPONENT_SPECS[name];
    return [name, `<p>${documentedProps(name).map((k) => `{{ ${variable}.${k} | json }}`).join('|')}</p>`];
  }));
  const result = await buildWith(templates, { 'data/news.yml': '- date: 2025-05\n  text: News.\n' });
  assert.deepEqual(messages(result), []);
  for (const name of COMPONENTS) {
    assert.equal(drawnOf(result.site!, name)?.size, COMPONENT_SPECS[name].items(result.site!).length, name);
  }
  const home = page(result, 'index.html');
  assert.ok(home.includes('<li class="talk talk--override"><p>&#34;On &lt;b&gt;engines&lt;/b&gt;&#34;|&#34;invited&#34;|' +
    '&#34;Invited talk&#34;|&#34;2025-02-12&#34;|&#34;February 2025&#34;|&#34;Royal Society&#34;|&#34;London&#34;|'));
});
