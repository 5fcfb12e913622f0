/**
 * Renders a sample site with the theme's own layouts and components (fixture data modelled on the seed),
 * for looking at the theme before or apart from `vita build`. Usage: npx tsx scripts/theme-preview.tsx <out-dir>
 */
import { englishUi } from '../test/helpers/ui.js';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { renderToString } from 'preact-render-to-string';
import sharp from 'sharp';
import type { Publication, PublicationAuthor } from '../src/model/types.js';
import { publicationListHtml } from '../src/render/components/publication-list.js';
import { Callout } from '../src/render/components/callout.js';
import { HonorList } from '../src/render/components/honor-list.js';
import { NewsList } from '../src/render/components/news-list.js';
import { Timeline } from '../src/render/components/timeline.js';
import { renderNotFound, renderPage } from '../src/render/layouts/render-page.js';
import { fixturePage, fixtureSite } from '../test/render/components/site-fixture.js';

const out = process.argv[2];
if (!out) throw new Error('usage: tsx scripts/theme-preview.tsx <out-dir>');
const site = fixtureSite();
const md = new MarkdownIt({ html: true });
const assets = { css: '/assets/vita.css', js: '/assets/vita.js' };

const author = (name: string, extra: Partial<PublicationAuthor> = {}): PublicationAuthor =>
  ({ name, isOwner: name === 'Zeqing Wang', equal: false, corresponding: false, ...extra });
const pubs: Publication[] = [
  {
    key: 'wang2025calibrator', type: 'conference', status: 'published', selected: true, bibtexShow: true,
    title: 'Is this Generated Person Existed in Real-world? Fine-grained Detecting and Calibrating Abnormal Human-body',
    authors: [author('Zeqing Wang', { equal: true }), author('Qingyang Ma', { equal: true }), author('Wentao Wan'),
      author('Haojie Li'), author('Keze Wang', { corresponding: true }), author('Yonghong Tian')],
    venue: 'IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)', venueShort: 'CVPR 2025', tiers: ['CCF-A'],
    year: 2025, tags: ['Highlight'], award: 'Highlight paper',
    links: [{ label: 'arXiv', url: 'https://arxiv.org/abs/2411.14205', icon: 'arxiv' },
      { label: 'Code & Ckpt', url: 'https://github.com/Zeqing-Wang/HumanCalibrator', icon: 'github' }],
    abstract: 'We detect and calibrate abnormal human bodies in generated images.',
    bibtex: '@inproceedings{wang2025calibrator,\n  title = {Is this Generated Person Existed in Real-world?},\n  year = {2025}\n}',
    source: { file: 'data/publications.yml', line: 1, col: 1 },
  },
  {
    key: 'wang2024timecausality', type: 'preprint', status: 'preprint', selected: true, bibtexShow: false,
    title: 'TimeCausality: Evaluating the Causal Ability in Time Dimension for Vision Language Models',
    authors: [author('Zeqing Wang'), author('Shiyuan Zhang'), author('Chengpei Tang'), author('Keze Wang')],
    arxiv: '2505.15435', year: 2025, tiers: [], tags: [],
    links: [{ label: 'arXiv', url: 'https://arxiv.org/abs/2505.15435', icon: 'arxiv' }, { label: 'PDF', url: '/files/a.pdf', icon: 'pdf' }],
    source: { file: 'data/publications.yml', line: 20, col: 1 },
  },
];

const home = [
  md.render('~~**Yesterday**~~ **Today** ~~**Tomorrow**~~\n\n🔥 **Looking for a PhD position for fall 2026!** Here is my [CV](/files/cv.pdf).\n\n' +
    'I am a graduate student in the [School of Computer Science and Engineering](https://cse.sysu.edu.cn/), ' +
    '[Sun Yat-sen University](https://www.sysu.edu.cn/), a member of the [HCP Lab](https://www.sysu-hcp.net/), advised by ' +
    '[Keze Wang](https://kezewang.com/). My research focuses on vision-language models.'),
  renderToString(<Callout t={englishUi.messages} kind="tip" html="<p>Open to collaborations on multi-agent reasoning.</p>" />),
  '<h2 id="news">News</h2>', renderToString(<NewsList ui={englishUi} items={site.news} limit={2} />),
  '<h2 id="publications">Selected publications</h2>', publicationListHtml({ ui: englishUi, pubs, basePath: '' }),
  '<h2 id="experience">Experience</h2>', renderToString(<Timeline ui={englishUi} entries={site.experience} />),
  '<h2 id="education">Education</h2>', renderToString(<Timeline ui={englishUi} entries={site.education} />),
  '<h2 id="honors">Honors</h2>', renderToString(<HonorList items={site.honors} />),
  md.render('## Interests\n\nVideo games 🎮, badminton 🏸, swimming 🏊 and a little fingerstyle guitar 🎸.\n\n' +
    '| Year | Venue | A very long unbroken address |\n|---|---|---|\n| 2025 | CVPR | https://example.org/a/very/long/path/that/should/not/overflow/the/viewport/at/all |'),
].join('\n');

const write = (path: string, html: string) => {
  mkdirSync(join(out, path, '..'), { recursive: true });
  writeFileSync(join(out, path), html);
};
write('index.html', renderPage({ site, page: fixturePage({ description: 'About Zeqing Wang' }), bodyHtml: home, assets }));
write('publications/index.html', renderPage({
  site, page: fixturePage({ url: '/publications/', title: 'Publications', layout: 'page' }), assets,
  bodyHtml: md.render(':::\n\n* Denotes equal contribution.') ,
}));
write('404.html', renderNotFound(site, assets));
mkdirSync(join(out, 'assets'), { recursive: true });
copyFileSync('theme/vita.css', join(out, 'assets/vita.css'));
copyFileSync('theme/vita.js', join(out, 'assets/vita.js'));
mkdirSync(join(out, 'images'), { recursive: true });
const svg = (body: string, w = 256, h = 256) => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${body}</svg>`);
await sharp(svg('<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#4b79c8"/><stop offset="1" stop-color="#8b5cc6"/></linearGradient></defs><rect width="256" height="256" fill="url(#g)"/><text x="128" y="160" font-size="96" text-anchor="middle" fill="#fff" font-family="sans-serif">ZW</text>')).png().toFile(join(out, 'images/avatar.png'));
await sharp(svg('<rect width="300" height="100" fill="#fff"/><text x="150" y="68" font-size="56" text-anchor="middle" fill="#0a7a3d" font-family="sans-serif" font-weight="bold">OPPO</text>', 300, 100)).png().toFile(join(out, 'images/oppo.png'));
console.log(`wrote ${out}`);
