import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../../../src/build.js';
import { COMPONENT_SPECS } from '../../../src/render/overrides/components.js';
import { publicationProps } from '../../../src/render/overrides/props/publication.js';
import { MINIMAL_SITE_YML, writeSite } from '../../helpers/site.js';

const BIB = `@inproceedings{lovelace1843notes,
  title = {Notes on the {Analytical Engine}},
  author = {Lovelace, Ada and Babbage, Charles},
  booktitle = {Scientific Memoirs},
  abbr = {SM},
  year = {1843},
  selected = {true},
  pdf = {/files/notes.pdf},
  code = {https://example.org/engine}
}
`;
const NEWS = '- date: 2025-05\n  text: A *new* paper <b>here</b>.\n';
const HOME = '---\ntitle: Home\npermalink: /\nlayout: home\n---\n\n::news\n\n::publications\n';

function site(components: Record<string, string>, files: Record<string, string> = {}) {
  return writeSite({
    'site.yml': `${MINIMAL_SITE_YML}footer:\n  text: "© Ada"\ntheme:\n  components:\n${Object.keys(components).map((c) => `    ${c}: theme/${c}.liquid\n`).join('')}`,
    ...Object.fromEntries(Object.entries(components).map(([c, text]) => [`theme/${c}.liquid`, text])),
    'publications.bib': BIB,
    'data/news.yml': NEWS,
    'static/files/notes.pdf': '%PDF-1.4\n',
    'pages/index.md': HOME,
    ...files,
  });
}

async function home(root: string) {
  const result = await build({ root, write: false });
  const file = result.files.find((f) => f.path === 'index.html');
  return { result, html: file && 'content' in file ? Buffer.from(file.content).toString('utf8') : '' };
}

const messages = (r: Awaited<ReturnType<typeof build>>) => r.diagnostics.map((d) => `${d.file}:${d.position?.line}:${d.position?.col} ${d.message}`);

// The upgrade promise: a template written against the documented props draws the item, and Vita's own
// markup for it is not rendered at all, so a change to that markup cannot break the template.
test('a publication and a news item drawn by templates replace Vita\'s components and escape by default', async () => {
  const { result, html } = await home(site({
    publication: '<div class="mine" data-key="{{ pub.key }}">{{ pub.title }} · {{ pub.venue_short }} · {{ pub.year }} · {{ pub.links.size }} links · {{ site.title }}</div>',
    news_item: '<span class="when">{{ item.date_label }}</span> {{ item.text }} | {{ item.html | raw }}',
  }));
  assert.deepEqual(messages(result), []);
  assert.ok(html.includes('<ol class="publication-list"><li class="publication publication--override"><div class="mine" data-key="lovelace1843notes">' +
    'Notes on the Analytical Engine · SM · 1843 · 2 links · Test Site</div></li></ol>'));
  assert.ok(html.includes('<li class="news__item news__item--override"><span class="when">May 2025</span> ' +
    'A *new* paper &lt;b&gt;here&lt;/b&gt;. | A <em>new</em> paper &lt;b&gt;here&lt;/b&gt;.</li>'));
  assert.doesNotMatch(html, /publication__title|news__date/);
});

test('the publication props are the documented interface (props version 1), built from the model alone', async () => {
  const { result } = await home(site({ publication: '<p>{{ pub.key }}</p>' }));
  const pub = result.site!.publications[0]!;
  const props = publicationProps(pub, result.site!);
  assert.deepEqual(Object.keys(props), COMPONENT_SPECS.publication.keys);
  assert.deepEqual({ ...props, authors_html: undefined, bibtex: undefined }, {
    key: 'lovelace1843notes', type: 'conference', status: 'published', status_label: null, title: 'Notes on the Analytical Engine',
    title_html: 'Notes on the Analytical Engine', url: '/publications/lovelace1843notes/',
    authors: [
      { name: 'Ada Lovelace', is_owner: true, equal: false, corresponding: false },
      { name: 'Charles Babbage', is_owner: false, equal: false, corresponding: false },
    ],
    et_al: false, authors_html: undefined, venue: 'Scientific Memoirs', venue_short: 'SM', year: 1843, month: null, date: '1843',
    volume: null, issue: null, pages: null, publisher: null, doi: null, arxiv: null, tags: [], tiers: [], award: null, selected: true,
    links: [{ label: 'PDF', url: '/files/notes.pdf', icon: 'pdf' }, { label: 'Code', url: 'https://example.org/engine', icon: 'code' }],
    abstract: null, preview: null, pdf: '/files/notes.pdf', bibtex: undefined, bibtex_show: true, cited_by: null, cited_by_label: null,
  });
  assert.match(props.authors_html as string, /^<div class="author-list"><span class="author author--owner"><strong class="author__name author__name--owner">Ada Lovelace<\/strong><\/span>, /);
});

test('the profile and the footer drawn by templates keep Vita\'s landmarks around them', async () => {
  const { result, html } = await home(site({
    profile: '<p class="me">{{ author.name }}{% if author.position %} ({{ author.position }}){% endif %}</p>',
    footer: '<p>{{ footer.text_html | raw }} · {{ site.base_path }}v{{ vita.props_version }}</p>',
  }));
  assert.deepEqual(messages(result), []);
  assert.ok(html.includes('<aside class="profile profile--override" aria-label="Profile"><p class="me">Ada Lovelace</p></aside>'));
  assert.ok(html.includes('<footer class="site-footer site-footer--override"><div class="site-footer__inner"><p>© Ada · v1</p></div></footer>'));
});

test('a misspelt prop, an unknown filter, an include and broken markup are errors at the template\'s line:col', async () => {
  const cases: Array<[Record<string, string>, string]> = [
    [{ publication: '<p>\n  {{ pub.titel }}\n</p>' }, 'theme/publication.liquid:2:6 The publication template failed: undefined variable: pub.titel.'],
    [{ news_item: '{{ item.text | shout }}' }, 'theme/news_item.liquid:1:1 The news item template failed: undefined filter: shout.'],
    [{ footer: '<p>{% include "secrets.html" %}</p>' }, 'theme/footer.liquid:1:4 The footer template failed: {% include %} is not available: templates cannot include other files; put everything the component draws in its own template.'],
    [{ publication: '<li>{{ pub.key }}</li></li>' }, 'theme/publication.liquid:1:23 The publication template makes broken HTML: the closing tag </li> has no matching <li> in the template\'s output.'],
    [{ publication: '<div>\n<span>{{ pub.key }}</div>' }, 'theme/publication.liquid:2:1 The publication template makes broken HTML: <span> is not closed before </div>.'],
  ];
  for (const [components, expected] of cases) {
    const { result } = await home(site(components));
    assert.equal(result.ok, false);
    assert.deepEqual(messages(result), [expected]);
  }
});

test('the hint of a failing template lists the props it can use', async () => {
  const { result } = await home(site({ news_item: '{{ item.txt }}' }));
  assert.equal(result.diagnostics[0]!.hint, 'It can use item.date, item.date_label, item.text, item.html, and site.title, site.url, ' +
    'site.base_path, site.language (props version 1, see docs/theming.md#news_item).');
});

test('a runaway template is stopped by the memory limit', async () => {
  const { result } = await home(site({ footer: '{% assign s = "xy" %}{% for i in (1..64) %}{% assign s = s | append: s %}{% endfor %}{{ s }}' }));
  assert.deepEqual(messages(result), ['theme/footer.liquid:1:44 The footer template failed: memory alloc limit exceeded.']);
});

test('the generated publications page draws its papers with the publication template too', async () => {
  const { result } = await home(site({ publication: '<p>{{ pub.key }}</p>' }));
  const file = result.files.find((f) => f.path === 'publications/index.html');
  const html = file && 'content' in file ? Buffer.from(file.content).toString('utf8') : '';
  assert.match(html, /<ol class="publication-list"><li class="publication publication--override"><p>lovelace1843notes<\/p><\/li><\/ol>/);
  assert.doesNotMatch(html, /publication__title/);
});
