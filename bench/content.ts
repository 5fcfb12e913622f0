/**
 * Deterministic benchmark content: the same posts and bibliography for every tool, from a seeded PRNG,
 * so that a change in a build time is never a change in the input.
 */

/** One blog post: front matter fields plus a Markdown body of about 1 KB. */
export interface Post {
  slug: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  body: string;
}

/** One bibliography entry, written as BibTeX for Vita and as JSON data for the other tools. */
export interface BibEntry {
  key: string;
  type: 'article' | 'inproceedings';
  title: string;
  authors: string[];
  venue: string;
  year: number;
}

/** mulberry32: tiny, fast, and identical on every platform (only 32-bit integer maths). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'model data learning vision language graph network signal memory attention sample training robust ' +
  'sparse dense latent prior posterior kernel gradient optimal stable fast small large deep shallow ' +
  'visual textual spatial temporal causal neural random finite linear convex bound proof lemma theorem ' +
  'method result table figure baseline dataset benchmark metric score error loss noise scale layer token ' +
  'encoder decoder transformer diffusion agent policy reward search query index cache retrieval ranking ' +
  'paper review reader student lab group campus summer winter seminar lecture course talk poster venue ' +
  'simple careful honest clear open shared public early later final novel known hidden explicit implicit'
).split(' ');

const FIRST = ['Ada', 'Wei', 'Maria', 'Kenji', 'Amara', 'Lucas', 'Priya', 'Jonas', 'Lina', 'Omar', 'Sofia', 'Tariq'];
const LAST = ['Wang', 'Garcia', 'Sato', 'Okafor', 'Silva', 'Patel', 'Berg', 'Haddad', 'Rossi', 'Kim', 'Novak', 'Chen'];
const VENUES = ['CVPR', 'NeurIPS', 'ICML', 'ACL', 'IEEE Transactions on Multimedia', 'Journal of Machine Learning Research'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function words(rand: () => number, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(pick(rand, WORDS));
  return out;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(rand: () => number, count: number): string {
  return capitalise(words(rand, count).join(' ')) + '.';
}

function paragraph(rand: () => number, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(rand, 8 + Math.floor(rand() * 6)));
  return out.join(' ');
}

/** Days after 2010-01-01 as YYYY-MM-DD; UTC arithmetic so the timezone never matters. */
function dayToDate(day: number): string {
  return new Date(Date.UTC(2010, 0, 1 + day)).toISOString().slice(0, 10);
}

function postBody(rand: () => number): string {
  const [a, b, c] = words(rand, 3);
  const intro = paragraph(rand, 2);
  const list = Array.from({ length: 4 }, () => `- ${capitalise(words(rand, 5).join(' '))}`).join('\n');
  return [
    `${intro} This post is about *${a} ${b}* and **${c}**; see [the ${a} notes](https://example.com/${a}/${b}/).`,
    `## ${capitalise(words(rand, 3).join(' '))}`,
    paragraph(rand, 2),
    list,
    `## ${capitalise(words(rand, 2).join(' '))}`,
    paragraph(rand, 3),
    `### ${capitalise(words(rand, 2).join(' '))}`,
    `${paragraph(rand, 1)} A closing line with \`inline code\` and an _aside_.`,
  ].join('\n\n') + '\n';
}

/** `count` posts, one per day from 2010-01-01; the slug starts with the index so it is unique. */
export function makePosts(count: number, seed = 1): Post[] {
  const rand = prng(seed);
  const posts: Post[] = [];
  for (let i = 0; i < count; i++) {
    const titleWords = words(rand, 4);
    posts.push({
      slug: `post-${String(i + 1).padStart(5, '0')}-${titleWords[0]}-${titleWords[1]}`,
      title: capitalise(titleWords.join(' ')),
      date: dayToDate(i),
      body: postBody(rand),
    });
  }
  return posts;
}

/** `count` bibliography entries with 2–5 authors each; keys are unique by construction. */
export function makeBib(count: number, seed = 2): BibEntry[] {
  const rand = prng(seed);
  const entries: BibEntry[] = [];
  for (let i = 0; i < count; i++) {
    const authors = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => `${pick(rand, FIRST)} ${pick(rand, LAST)}`);
    const venue = pick(rand, VENUES);
    entries.push({
      key: `ref${String(i + 1).padStart(5, '0')}`,
      type: venue.includes('Journal') || venue.includes('Transactions') ? 'article' : 'inproceedings',
      title: capitalise(words(rand, 6 + Math.floor(rand() * 5)).join(' ')),
      authors,
      venue,
      year: 2000 + Math.floor(rand() * 26),
    });
  }
  return entries;
}

/** The entries as a BibTeX file (`Last, First` author names joined by `and`). */
export function toBibtex(entries: readonly BibEntry[]): string {
  return entries.map((e) => {
    const venueField = e.type === 'article' ? 'journal' : 'booktitle';
    const authors = e.authors.map((name) => {
      const [first, last] = name.split(' ');
      return `${last}, ${first}`;
    }).join(' and ');
    return `@${e.type}{${e.key},\n  title = {${e.title}},\n  author = {${authors}},\n  ${venueField} = {${e.venue}},\n  year = {${e.year}}\n}\n`;
  }).join('\n');
}

/** Posts newest first, as every tool's post list shows them. */
export function newestFirst(posts: readonly Post[]): Post[] {
  return [...posts].sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : x.slug.localeCompare(y.slug)));
}
