import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drawnOf } from '../../../src/render/overrides/prepare-overrides.js';
import type { ComponentName } from '../../../src/validate/schemas/theme.js';
import { buildWith, messages, page } from './override-site.js';

const TEMPLATES: Partial<Record<ComponentName, string>> = {
  timeline_entry: '<p>{{ entry.kind }}: {{ entry.role }} at {{ entry.organization }}{% if entry.unit %} ({{ entry.unit }}){% endif %}, ' +
    '{{ entry.date_label }}{% if entry.description_html %} — {{ entry.description_html | raw }}{% endif %}</p>',
  honor: '<p>{{ honor.title }} · {{ honor.years_label }} · {{ honor.note_html | raw }} · {{ honor.url }}</p>',
  talk: '<p>{{ talk.date_label }} {{ talk.type_label }}: {{ talk.title }}{% for l in talk.links %} [{{ l.label }}]({{ l.url }}){% endfor %}</p>',
  teaching_entry: '<p>{{ course.term_label }}: {{ course.title }}, {{ course.role }}</p>',
  project_card: '<h3><a href="{{ project.url }}">{{ project.title }}</a></h3><p>{{ project.summary_html | raw }}</p>',
  post_item: '<a href="{{ post.url }}">{{ post.title }}</a> <time>{{ post.date_label }}</time>' +
    '{% for t in post.tag_links %} <a href="{{ t.url }}">#{{ t.label }}</a>{% endfor %}',
};

const DRAWN = {
  experience: '<li class="timeline__entry timeline__entry--override"><p>experience: Programmer at Analytical &lt;b&gt;Society&lt;/b&gt; ' +
    '(Engines), Sep 2021 – Present — Wrote <em>the</em> first program.</p></li>',
  education: '<li class="timeline__entry timeline__entry--override"><p>education: Mathematics at Home schooling, 1830 – 1835</p></li>',
  honor: '<li class="honor honor--override"><p>Countess &lt;b&gt;of&lt;/b&gt; Lovelace · 1838, 1840 · <em>by marriage</em> · /honours/</p></li>',
  talk: '<li class="talk talk--override"><p>February 2025 Invited talk: On &lt;b&gt;engines&lt;/b&gt; [Slides](/files/engines.pdf)</p></li>',
  course: '<li class="course course--override"><p>Spring 1843: MA 101: Calculus, Tutor</p></li>',
  project: '<li class="project-card project-card--override"><h3><a href="https://note-g.example.org/">Note &lt;b&gt;G&lt;/b&gt;</a></h3>' +
    '<p>The <strong>Bernoulli</strong> program.</p></li>',
  post: '<li class="post-summary post-summary--override"><a href="/posts/hello/">Hello &lt;World&gt;</a> <time>2 January 2025</time> ' +
    '<a href="/posts/tags/engines/">#Engines</a></li>',
};

// The upgrade promise for every list component: the owner's template draws the item wherever Vita lists it
// (directives and generated pages), and Vita's own markup for that item is not rendered at all.
test('templates draw timeline entries, honours, talks, courses, project cards and post items wherever they are listed', async () => {
  const result = await buildWith(TEMPLATES);
  assert.deepEqual(messages(result), []);
  const home = page(result, 'index.html');
  const body = home.slice(home.indexOf('<div class="page__body prose">'), home.indexOf('</article>'));
  assert.equal(body, '<div class="page__body prose">' +
    `<ol class="timeline">${DRAWN.experience}</ol><ol class="timeline">${DRAWN.education}</ol>` +
    `<ul class="honors">${DRAWN.honor}</ul><ul class="talks">${DRAWN.talk}</ul><ul class="courses">${DRAWN.course}</ul>` +
    `<ul class="project-grid">${DRAWN.project}</ul><ul class="post-list">${DRAWN.post}</ul></div>`);
  assert.ok(page(result, 'talks/index.html').includes(`<ul class="talks">${DRAWN.talk}</ul>`));
  assert.ok(page(result, 'teaching/index.html').includes(`<ul class="courses">${DRAWN.course}</ul>`));
  assert.ok(page(result, 'projects/index.html').includes(`<ul class="project-grid">${DRAWN.project}</ul>`));
  assert.ok(page(result, 'posts/index.html').includes(`<ul class="post-list">${DRAWN.post}</ul>`));
  assert.ok(page(result, 'posts/tags/engines/index.html').includes(`<ul class="post-list">${DRAWN.post}</ul>`));
  for (const path of ['index.html', 'talks/index.html', 'teaching/index.html', 'projects/index.html', 'posts/index.html']) {
    assert.doesNotMatch(page(result, path), /timeline__role|honor__title|talk__title|course__title|project-card__title|post-summary__title/, path);
  }
});

test('each drawing belongs to the very model object it draws, so every list that shows the object shows the drawing', async () => {
  const result = await buildWith(TEMPLATES);
  const site = result.site!;
  const lists: Array<[ComponentName, readonly object[]]> = [['timeline_entry', [...site.experience, ...site.education]],
    ['honor', site.honors], ['talk', site.talks!], ['teaching_entry', site.teaching!], ['project_card', site.projects!], ['post_item', site.posts!]];
  for (const [name, items] of lists) {
    assert.deepEqual([...drawnOf(site, name)!.keys()], items, name);
  }
  assert.equal(drawnOf(site, 'publication'), undefined);
});

test('a site without these templates keeps Vita\'s own entries', async () => {
  const home = page(await buildWith({}), 'index.html');
  assert.doesNotMatch(home, /--override/);
  assert.match(home, /<li class="talk"><time class="talk__date" datetime="2025-02-12">February 2025<\/time>/);
});

test('a failing entry template is reported once, at its line:col, with the props it can use', async () => {
  const result = await buildWith({ talk: '<p>\n  {{ talk.name }}\n</p>' });
  assert.deepEqual(messages(result), ['theme/talk.liquid:2:6 The talk template failed: undefined variable: talk.name.']);
  assert.equal(result.diagnostics[0]!.hint, 'It can use talk.title, talk.type, talk.type_label, talk.date, talk.date_label, talk.event, ' +
    'talk.location, talk.url, talk.links, talk.description, talk.description_html, and site.title, site.url, site.base_path, ' +
    'site.language (props version 1, see docs/theming.md#talk).');
});
