// A home page that prints as many of the theme's words as one page can: folded news, a current position,
// papers with both author marks, a status, an abstract, BibTeX, a code link and a long author list; a callout
// and a table; plus posts, talks and a CV so their pages are checked too.
/** A small site in `language` (`extra`: more site.yml lines) whose pages print nearly every UI word. */
export const wordySite = (language: string, extra = '') => ({
  'site.yml': `title: Ωmega\nurl: https://t.example\nlanguage: ${language}\n${extra}author:\n  name: Zeqing Wang\n` +
    '  native_name: 王泽卿\n  interests: [Λ]\n',
  'pages/index.md': '---\ntitle: Ω\nlayout: home\ntoc: true\n---\n\n## Ω\n\n## Ψ\n\n::news{limit=1}\n\n::experience\n\n::publications\n\n' +
    ':::tip\nΩ\n:::\n\n| Ω |\n|---|\n| λ |\n\n::posts\n\n::talks\n',
  'data/news.yml': '- { date: 2025-05, text: Ω }\n- { date: 2024-01-02, text: Ψ }\n',
  'data/experience.yml': '- { organization: Ω, role: Ψ, start: 2025-01, end: present }\n',
  'data/publications.yml': '- key: a\n  title: Ω\n  authors: ["A*", "B†", C, D, E, F, G, H, I, J, K, L, Zeqing Wang]\n  year: 2025\n' +
    '  venue: Φ\n  volume: "3"\n  issue: "2"\n  pages: 1-9\n  status: under-review\n  abstract: Ω\n  bibtex_show: true\n  code: https://g.example/x\n' +
    '- key: b\n  title: Ψ\n  authors: [Zeqing Wang]\n  type: preprint\n  arxiv: "2401.00001"\n  status: preprint\n',
  'posts/2025-05-01-a.md': '---\ntitle: Ω\ntags: [λ]\nupdated: 2025-05-02\n---\n\nΩ\n',
  'posts/2025-05-03-b.md': '---\ntitle: Ψ\n---\n\nΨ\n',
  'data/talks.yml': '- { title: Ω, event: Φ, date: 2025-03, type: invited, slides: "https://s.example/a.pdf" }\n',
  'data/cv.yml': 'order: [experience, publications, talks]\n',
});

