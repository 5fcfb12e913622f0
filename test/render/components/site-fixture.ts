import { englishUi } from '../../helpers/ui.js';
import type { Page, Site } from '../../../src/model/types.js';

const src = (file: string, line = 1) => ({ file, line, col: 1 });

/** A small but complete Site modelled on the seed homepage, for the theme's tests and previews. */
export function fixtureSite(overrides: Partial<Site> = {}): Site {
  return {
    config: {
      title: 'Zeqing Wang',
      url: 'https://zeqing-wang.github.io',
      basePath: '',
      description: 'MPhil student at SYSU working on vision-language models.',
      language: 'en',
      colorScheme: 'system',
    },
    ui: englishUi,
    author: {
      name: 'Zeqing Wang',
      nativeName: '王泽卿',
      nameVariants: ['Zeqing Wang', '王泽卿', 'Ze-qing Wang'],
      avatar: '/images/avatar.png',
      bio: 'Graduate student at the **HCP Lab**, working on vision-language models.',
      position: 'MPhil student',
      location: 'Guangzhou, China',
      employer: { name: 'Sun Yat-sen University', url: 'https://www.sysu.edu.cn/' },
      emails: ['wangzeqing1005@163.com'],
      links: [
        { kind: 'scholar', url: 'https://scholar.google.com/citations?user=abc', label: 'Google Scholar' },
        { kind: 'orcid', url: 'https://orcid.org/0000-0002-1825-0097', label: 'ORCID' },
        { kind: 'github', url: 'https://github.com/Zeqing-Wang', label: 'GitHub' },
        { kind: 'linkedin', url: 'https://www.linkedin.com/in/zeqing', label: 'LinkedIn' },
        { kind: 'x', url: 'https://x.com/zeqing', label: 'X' },
        { kind: 'cv', url: '/files/cv.pdf', label: 'CV' },
      ],
      interests: ['Vision-language models', 'Multi-agent reasoning'],
    },
    navigation: [
      { title: 'About', url: '/' },
      { title: 'Publications', url: '/publications/' },
    ],
    footer: { text: '© 2025 Zeqing Wang', links: [{ label: 'Source', url: 'https://github.com/Zeqing-Wang/site' }] },
    pages: [],
    news: [
      { date: '2025-02', text: 'Paper accepted by **CVPR 2025** (Highlight)!', source: src('data/news.yml', 4) },
      { date: '2025-05', text: 'Paper accepted by *IEEE Transactions on Multimedia*.', source: src('data/news.yml', 1) },
      { date: '2023-12', text: 'Paper accepted by AAAI 2024.', source: src('data/news.yml', 10) },
    ],
    experience: [
      {
        organization: 'OPPO Research Institute', unit: 'Y-Lab', url: 'https://ur.oppo.com/',
        role: 'MLE intern, vision-language models', start: '2025-01', current: true,
        location: 'Shenzhen, China', logo: '/images/oppo.png', source: src('data/experience.yml'),
      },
    ],
    education: [
      {
        organization: 'Jilin University', unit: 'College of Software', url: 'http://csw.jlu.edu.cn/',
        role: 'B.Sc. in Software Engineering', start: '2019-09', end: '2023-06', current: false,
        source: src('data/education.yml'),
      },
    ],
    honors: [
      { title: 'Jilin Bank Wang Xianghao Scholarship', by: 'Jilin Bank & Jilin University', years: ['2022'],
        note: 'The highest honour of the college', source: src('data/honors.yml') },
      { title: 'First-class Scholarship', years: ['2020', '2021'], source: src('data/honors.yml', 5) },
    ],
    publications: [],
    venues: [],
    staticFiles: [],
    ...overrides,
  };
}

/** A page with the given fields; the rest are the defaults of a plain Markdown page. */
export function fixturePage(fields: Partial<Page> = {}): Page {
  return {
    source: src('pages/index.md'),
    url: '/',
    title: "Hi, I'm Zeqing Wang",
    layout: 'home',
    draft: false,
    redirectFrom: [],
    body: '',
    bodyLine: 1,
    frontMatter: {},
    ...fields,
  };
}
