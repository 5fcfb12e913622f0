/**
 * Renders a sample site with the theme's own layouts and components (fixture data modelled on the seed),
 * for looking at the theme before or apart from `vita build`. Usage: npx tsx scripts/theme-preview.tsx <out-dir>
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { renderToString } from 'preact-render-to-string';
import sharp from 'sharp';
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

const pub = (title: string, authors: string, venue: string, tiers: string[], tags: string[]) =>
  `<li class="pub"><p class="pub__title">${title}</p><p class="pub__authors">${authors}</p><p class="pub__venue">` +
  `<span class="badge badge--venue">${venue}</span> ${tiers.map((t) => `<span class="badge badge--tier">${t}</span>`).join(' ')} ` +
  `${tags.map((t) => `<span class="badge badge--tag">${t}</span>`).join(' ')}</p></li>`;

const home = [
  md.render('~~**Yesterday**~~ **Today** ~~**Tomorrow**~~\n\n🔥 **Looking for a PhD position for fall 2026!** Here is my [CV](/files/cv.pdf).\n\n' +
    'I am a graduate student in the [School of Computer Science and Engineering](https://cse.sysu.edu.cn/), ' +
    '[Sun Yat-sen University](https://www.sysu.edu.cn/), a member of the [HCP Lab](https://www.sysu-hcp.net/), advised by ' +
    '[Keze Wang](https://kezewang.com/). My research focuses on vision-language models.'),
  renderToString(<Callout kind="tip" html="<p>Open to collaborations on multi-agent reasoning.</p>" />),
  '<h2 id="news">News</h2>', renderToString(<NewsList items={site.news} limit={2} />),
  '<h2 id="publications">Selected publications</h2><ul class="pubs">',
  pub('Is this Generated Person Existed in Real-world? Fine-grained Detecting and Calibrating Abnormal Human-body',
    '<span class="author--me">Zeqing Wang</span>, Qingyang Ma, Wentao Wan, Haojie Li, Keze Wang, Yonghong Tian', 'CVPR 2025', ['CCF-A'], ['Highlight']),
  pub('Towards Top-Down Reasoning: An Explainable Multi-Agent Approach for Visual Question Answering',
    '<span class="author--me">Zeqing Wang</span>, Wentao Wan, Qiqing Lao, Runmeng Chen, Minjie Lang, Keze Wang, Liang Lin', 'TMM', ['CCF-B', 'Q1'], []),
  '</ul>',
  '<h2 id="experience">Experience</h2>', renderToString(<Timeline entries={site.experience} />),
  '<h2 id="education">Education</h2>', renderToString(<Timeline entries={site.education} />),
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
