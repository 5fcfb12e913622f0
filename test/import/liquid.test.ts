import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDoc } from '../../src/import/edits.js';
import { convertLiquid } from '../../src/import/liquid.js';
import { formatLine, Report } from '../../src/import/report.js';

const CONFIG = { url: 'https://jane.example', talkmap_link: false, author: { googlescholar: 'https://scholar.example/u', name: 'Jane' }, publication_category: { books: { title: 'Books' } } };

function run(body: string, firstLine = 1, page: Record<string, unknown> = {}) {
  const report = new Report();
  const doc = convertLiquid(makeDoc(body, firstLine), 'p.md', CONFIG, report, page);
  return { text: doc.text, lines: report.lines.map(formatLine), origins: doc.origins };
}

test('base-path helpers disappear, in text and in attributes', () => {
  const r = run('{% include base_path %}\n\nSee [CV]({{ base_path }}/files/cv.pdf) and <a href="{{ site.baseurl }}/x/">x</a>.\n', 5);
  assert.equal(r.text, '\nSee [CV](/files/cv.pdf) and <a href="/x/">x</a>.\n');
  assert.deepEqual(r.lines, ['p.md:5: 3 base-path reference(s) removed ({% include base_path %}, {{ base_path }}, {{ site.baseurl }}, {{ site.url }})']);
});

test('stock collection loops become directives on lines of their own, even inside <ul>', () => {
  const r = run('Talks\n======\n  <ul>{% for post in site.talks reversed %}\n    {% include archive-single-talk-cv.html  %}\n  {% endfor %}</ul>\n\n{% for post in site.portfolio %}\n  {% include archive-single.html %}\n{% endfor %}\n');
  assert.equal(r.text, 'Talks\n======\n\n::talks\n\n\n\n::projects\n\n');
  assert.deepEqual(r.lines, [
    'p.md:3: `{% for post in site.talks reversed %}` → `::talks`',
    'p.md:7: `{% for post in site.portfolio %}` → `::projects`',
  ]);
});

test('the year archive idiom (capture written_year + loop over site.posts) becomes ::posts', () => {
  const r = run("{% capture written_year %}'None'{% endcapture %}\n{% for post in site.posts %}\n  {% capture year %}{{ post.date | date: '%Y' }}{% endcapture %}\n  {% if year != written_year %}\n    <h2>{{ year }}</h2>\n  {% endif %}\n  {% include archive-single.html %}\n{% endfor %}\n");
  assert.equal(r.text, '\n::posts\n\n');
  assert.deepEqual(r.lines, ['p.md:2: `{% for post in site.posts %}` → `::posts`']);
});

test('conditions on _config.yml values are evaluated; outputs of config scalars are substituted', () => {
  const r = run('{% if site.talkmap_link == true %}\n<p>map</p>\n{% endif %}\n{% if site.author.googlescholar %}\n<a href="{{site.author.googlescholar}}">Scholar</a>\n{% endif %}\n{% unless site.author.orcid %}No ORCID.{% endunless %}\n');
  assert.equal(r.text, '<a href="https://scholar.example/u">Scholar</a>\nNo ORCID.\n');
  assert.deepEqual(r.lines, [
    'p.md:1: `{% if site.talkmap_link == true %}` evaluated with _config.yml and front matter values: content left out',
    'p.md:4: `{% if site.author.googlescholar %}` evaluated with _config.yml and front matter values: content kept',
    'p.md:5: `{{site.author.googlescholar}}` replaced by its _config.yml value "https://scholar.example/u"',
    'p.md:7: `{% unless site.author.orcid %}` evaluated with _config.yml and front matter values: content kept',
  ]);
});

test('Liquid that cannot be evaluated becomes an invisible HTML comment, blocks on lines of their own', () => {
  const r = run('Intro.\n\n{% for item in site.data.links %}\n- {{ item.name }}\n{% endfor %}\n\nUpdated {{ page.last_modified_at | date: "%Y" }} here -- now.\n');
  assert.equal(r.text, 'Intro.\n\n\n<!-- Liquid from the old site: {% for item in site.data.links %}\n- {{ item.name }}\n{% endfor %} -->\n\n\n'
    + 'Updated <!-- Liquid from the old site: {{ page.last_modified_at | date: "%Y" }} --> here -- now.\n');
  assert.deepEqual(r.lines, [
    'p.md:3: not evaluated, kept as an HTML comment (invisible; rewrite it by hand): `{% for item in site.data.links %}`',
    'p.md:7: not evaluated, kept as an HTML comment (invisible; rewrite it by hand): `{{ page.last_modified_at | date: "%Y" }}`',
  ]);
});

test('undefined variables are nil as in Liquid: a page key or bare variable never set is empty or false', () => {
  const r = run('{% if page.comments %}\nComments!\n{% endif %}\n{% if author.googlescholar %}Scholar{% endif %}\nBy {{ writer.name }}.\n');
  assert.equal(r.text, 'By .\n');
  assert.deepEqual(r.lines, [
    'p.md:1: `{% if page.comments %}` evaluated with _config.yml and front matter values: content left out',
    'p.md:4: `{% if author.googlescholar %}` evaluated with _config.yml and front matter values: content left out',
    'p.md:5: `{{ writer.name }}` replaced by nothing: the variable is never set, so Jekyll printed ""',
  ]);
});

test('relative_url, absolute_url, append and default on literals and config values, also inside attributes', () => {
  const r = run('<img src="{{ \'/images/me.png\' | relative_url }}"> [cv]({{ "/files/cv.pdf" | absolute_url }}) '
    + '{{ site.author.name | append: " (PhD)" }} {{ site.missing | default: "none" }} {{ page.x | date: "%Y" }}\n', 1, { x: 1 });
  assert.equal(r.text, '<img src="/images/me.png"> [cv](https://jane.example/files/cv.pdf) Jane (PhD) none '
    + '<!-- Liquid from the old site: {{ page.x | date: "%Y" }} -->\n');
});

test('{% raw %} keeps its content literally; the markers go', () => {
  const r = run('Use {% raw %}{{ name }}{% endraw %} in templates.\n');
  assert.equal(r.text, 'Use {{ name }} in templates.\n');
  assert.deepEqual(r.lines, []);
});

test('lines after a rewrite keep their original line numbers', () => {
  const r = run('{% include base_path %}\nA\n{% for post in site.talks %}{% include archive-single.html %}{% endfor %}\nB\n', 10);
  assert.equal(r.text, 'A\n\n::talks\n\nB\n');
  assert.deepEqual(r.origins, [11, 12, 12, 12, 13, 14]);
});

test('page variables come from the front matter; computed ones (page.url, site.data) are kept for review', () => {
  const r = run('# {{ page.title }}\n\nSee {{ page.url }} and {{ site.data.links }}.\n', 1, { title: 'Talks' });
  assert.equal(r.text, '# Talks\n\nSee <!-- Liquid from the old site: {{ page.url }} --> and <!-- Liquid from the old site: {{ site.data.links }} -->.\n');
  assert.deepEqual(r.lines, [
    'p.md:1: `{{ page.title }}` replaced by its front matter value "Talks"',
    'p.md:3: not evaluated, kept as an HTML comment (invisible; rewrite it by hand): `{{ page.url }}`',
    'p.md:3: not evaluated, kept as an HTML comment (invisible; rewrite it by hand): `{{ site.data.links }}`',
  ]);
});

test('{% include figure %} becomes the HTML figure it produced; a figure reading variables is kept for review', () => {
  const r = run(`{% include figure image_path="/images/a.png" alt='A "plot"' caption="Results **bold**" %}\n\n{% include figure image_path=page.teaser %}\n`);
  assert.equal(r.text, '\n<figure><img src="/images/a.png" alt="A &quot;plot&quot;"><figcaption>Results **bold**</figcaption></figure>\n\n\n<!-- Liquid from the old site: {% include figure image_path=page.teaser %} -->\n');
  assert.deepEqual(r.lines, [
    'p.md:1: `{% include figure image_path="/images/a.png" alt=\'A "plot"\' caption="Results **…` → an HTML figure',
    'p.md:3: not evaluated, kept as an HTML comment (invisible; rewrite it by hand): `{% include figure image_path=page.teaser %}`',
  ]);
});
