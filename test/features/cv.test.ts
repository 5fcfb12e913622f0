import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildContent, fileText, mainOf, messages } from './content-site.js';

const SITE = {
  'site.yml': 'title: T\nurl: https://t.example/repo\nauthor:\n  name: Ada <L>\n  position: Prof\n  employer: Uni\n  location: London\n  email: ada@example.org\n  links:\n    github: ada\n',
  'data/cv.yml': [
    'summary: Works on *engines*.', 'order: [skills, education, talks, other]', 'skills:', '  - { category: Math, items: [Analysis, Engines] }',
    'sections:', '  - title: Outreach', '    items:', '      - Talks at <schools>', '      - { text: "Museum", date: 2024-05, url: "https://m.example/" }', '',
  ].join('\n'),
  'data/education.yml': '- organization: Uni\n  role: PhD\n  start: 2019\n  end: 2023\n',
  'data/teaching.yml': '- course: Left out by the order\n',
  'data/talks.yml': '- title: On engines\n  event: Society\n  date: 2024-03\n  type: invited\n',
};

test('cv: /cv/ has the contact block, then the sections of data/cv.yml in its order, each from the site\'s data', async () => {
  const result = await buildContent(SITE);
  assert.deepEqual(messages(result), []);
  const cv = mainOf(fileText(result, 'cv/index.html'));
  assert.ok(cv.includes('<header class="cv-header"><p class="cv-header__name">Ada &lt;L></p><p class="cv-header__role">Prof, Uni</p><ul class="cv-header__contact"><li>London</li><li><a class="email" href="&#109;'));
  assert.ok(cv.includes('<li><a href="https://t.example/repo/">t.example/repo</a></li><li><a href="https://github.com/ada">GitHub</a></li></ul><p class="cv-header__summary">Works on <em>engines</em>.</p></header>'));
  assert.deepEqual([...cv.matchAll(/<h2 class="cv-section__title" id="([^"]+)">([^<]+)/g)].map((m) => `${m[1]}:${m[2]}`),
    ['cv-skills:Skills', 'cv-education:Education', 'cv-talks:Talks', 'cv-other-1:Outreach']);
  assert.ok(cv.includes('<dl class="cv-skills"><div class="cv-skills__row"><dt>Math</dt><dd>Analysis, Engines</dd></div></dl>'));
  assert.ok(cv.includes('<li class="cv-entry"><span class="cv-entry__when">2019 – 2023</span><div class="cv-entry__what"><strong>PhD</strong>, Uni</div></li>'));
  assert.ok(cv.includes('<li class="cv-entry"><span class="cv-entry__when">Mar 2024</span><div class="cv-entry__what">“On engines”, <em>Society</em><span class="cv-entry__note"> (invited)</span></div></li>'));
  assert.ok(cv.includes('<div class="cv-entry__what"><span>Talks at &lt;schools&gt;</span></div>'));
  assert.ok(cv.includes('<span class="cv-entry__when">May 2024</span><div class="cv-entry__what"><a href="https://m.example/">Museum</a></div>'));
  assert.ok(!cv.includes('Left out by the order'));
});

test('cv: no data/cv.yml, no /cv/; page: false or a page of the owner at /cv/ leaves it to ::cv', async () => {
  const { 'data/cv.yml': _cv, ...withoutCv } = SITE;
  assert.ok(!(await buildContent(withoutCv)).files.some((f) => f.path === 'cv/index.html'));
  assert.ok(!(await buildContent({ ...SITE, 'data/cv.yml': 'page: false\n' })).files.some((f) => f.path === 'cv/index.html'));
  const own = await buildContent({ ...SITE, 'pages/cv.md': '---\ntitle: Vita\n---\n\n::cv\n' });
  assert.deepEqual(messages(own), []);
  const page = mainOf(fileText(own, 'cv/index.html'));
  assert.ok(page.includes('<h1 class="page__title">Vita</h1>') && page.includes('<h2 class="cv-section__title" id="cv-skills">Skills</h2>'));
});

test('cv: unknown sections, wrong types and misspelt keys are errors at file:line:col', async () => {
  const result = await buildContent({ ...SITE, 'data/cv.yml': 'order: [education, hobbies]\nskills:\n  - { category: X, items: Y }\nsevice: []\n' });
  assert.deepEqual(messages(result), [
    'data/cv.yml:1:20 error "order" must be one of "education", "experience", "publications", "talks", "teaching", "honors", "skills", "service", "other". [invalid-value]',
    'data/cv.yml:3:27 error "skills.items" should be a list, but it is the text "Y". [wrong-type]',
    'data/cv.yml:4:1 error Unknown key "sevice". [unknown-key]',
  ]);
  assert.equal(result.diagnostics[2]!.hint, 'Did you mean "service"?');
});
