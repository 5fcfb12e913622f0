import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildContent, fileText, mainOf, messages } from './content-site.js';

const PROJECTS = {
  'data/projects.yml': [
    '- title: Kelp <Count>', '  summary: An **app**.', '  image: /images/k.png', '  image_alt: Logo', '  url: https://kelp.example/',
    '  links:', '    - { label: Code, url: "https://github.com/a/b", icon: github }', '  tags: [App, Citizen science]',
    '- title: Atlas', '  body: "Maps of *heat*.\\n\\n::talks"', '',
  ].join('\n'),
  'projects/tide-pool.md': '---\ntitle: TidePool\nsummary: A model.\ntags: Model\n---\n\nIt runs in **seconds**.\n',
  'static/images/k.png': 'png',
};

test('projects: /projects/ shows cards with image (sized), title, summary, tags and links', async () => {
  const result = await buildContent(PROJECTS);
  assert.deepEqual(messages(result), []);
  const page = mainOf(fileText(result, 'projects/index.html'));
  assert.ok(page.includes('<li class="project-card"><img class="project-card__image" src="/images/k.png" alt="Logo" width="640" height="360" loading="lazy" decoding="async"/><div class="project-card__body"><h2 class="project-card__title"><a href="https://kelp.example/">Kelp &lt;Count></a></h2><p class="project-card__summary">An <strong>app</strong>.</p><ul class="project-card__tags"><li class="badge badge--tag">App</li><li class="badge badge--tag">Citizen science</li></ul>'));
  assert.deepEqual([...page.matchAll(/<h2 class="project-card__title">(?:<a href="([^"]+)">)?([^<]+)/g)].map((m) => `${m[2]} → ${m[1]}`),
    ['Kelp &lt;Count> → https://kelp.example/', 'Atlas → /projects/atlas/', 'TidePool → /projects/tide-pool/']);
});

test('projects: a project with a body gets its own page, rendered like any Markdown page', async () => {
  const result = await buildContent(PROJECTS);
  const tide = mainOf(fileText(result, 'projects/tide-pool/index.html'));
  assert.ok(tide.includes('<h1 class="page__title">TidePool</h1><div class="page__body prose"><p>It runs in <strong>seconds</strong>.</p>'));
  const atlas = mainOf(fileText(result, 'projects/atlas/index.html'));
  assert.ok(atlas.includes('<p>Maps of <em>heat</em>.</p>'));
  assert.ok(!result.files.some((f) => f.path === 'projects/kelp-count/index.html'));
});

test('projects: ::projects filters by tag', async () => {
  const result = await buildContent({ ...PROJECTS, 'pages/index.md': '---\ntitle: Home\n---\n\n::projects{tag=Model}\n' });
  const home = mainOf(fileText(result, 'index.html'));
  assert.deepEqual([...home.matchAll(/<h3 class="project-card__title">(?:<a [^>]+>)?([^<]+)/g)].map((m) => m[1]), ['TidePool']);
});

test('projects: duplicate slugs, unsafe image URLs and wrong types are errors at file:line:col', async () => {
  assert.deepEqual(messages(await buildContent({
    'data/projects.yml': '- title: Same\n- title: same\n',
    'projects/same.md': '---\ntitle: Other\n---\nBody\n',
  })), [
    'data/projects.yml:2:3 error Two projects have the slug "same" (the other is at data/projects.yml:1:3). [duplicate-project-slug]',
    'projects/same.md:1:1 error Two projects have the slug "same" (the other is at data/projects.yml:1:3). [duplicate-project-slug]',
  ]);
  assert.deepEqual(messages(await buildContent({
    'data/projects.yml': '- title: Img\n  image: "data:image/png;base64,AAA"\n- title: T\n  tags: 5\n',
  })), [
    'data/projects.yml:2:10 error The URL "data:image/png;base64,AAA" uses the "data:" scheme. [unsafe-url]',
    'data/projects.yml:4:9 error "tags" should be text or a list, but it is the number 5. [wrong-type]',
  ]);
});
