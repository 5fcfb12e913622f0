import { malformed, type SourceContext, type SourceResult, type WorkResult } from './context.js';
import { splitName, type Work } from './work.js';
import { child, childrenNamed, parseXml, textOf, XmlError, type XmlElement } from './xml.js';

/** One paper's metadata from the arXiv API (an Atom feed); its `doi` is the published version's, if the authors gave one. */
export async function fetchArxiv(id: string, ctx: SourceContext): Promise<WorkResult> {
  const found = await fetchArxivBatch([id], ctx);
  if (!found.ok) return found;
  const work = found.value.get(id);
  return work ? { ok: true, value: work } : { ok: false, problem: { kind: 'not-found', message: `arXiv has no paper ${id}` } };
}

/** Several papers in one request (`id_list`), keyed by unversioned id; ids arXiv does not know are absent. */
export async function fetchArxivBatch(ids: readonly string[], ctx: SourceContext): Promise<SourceResult<Map<string, Work>>> {
  const list = ids.map(encodeURIComponent).join(',');
  const answer = await ctx.http.get(`${ctx.endpoints.arxiv}/query?id_list=${list}&max_results=${ids.length}`, 'application/atom+xml');
  if (!answer.ok) return answer;
  let feed: XmlElement;
  try {
    feed = parseXml(answer.text);
  } catch (error) {
    if (error instanceof XmlError) return malformed('arXiv', `XML that does not parse (${error.message})`);
    throw error;
  }
  if (feed.name !== 'feed') return malformed('arXiv', `<${feed.name}> instead of an Atom <feed>`);
  const out = new Map<string, Work>();
  for (const entry of childrenNamed(feed, 'entry')) {
    const work = entryWork(entry);
    if (work) out.set(work.arxiv!, work);
  }
  return { ok: true, value: out };
}

// An unknown or malformed id comes back as an entry titled "Error" whose <id> points into /api/errors.
function entryWork(entry: XmlElement): Work | undefined {
  const idUrl = textOf(child(entry, 'id'));
  const id = /arxiv\.org\/abs\/(.+?)(v\d+)?$/.exec(idUrl)?.[1];
  const title = textOf(child(entry, 'title'));
  if (!id || !title) return undefined;
  const published = /^(\d{4})-(\d{2})/.exec(textOf(child(entry, 'published')));
  const work: Work = {
    type: 'misc',
    title,
    authors: childrenNamed(entry, 'author').map((a) => splitName(textOf(child(a, 'name')))),
    arxiv: id,
    url: `https://arxiv.org/abs/${id}`,
    from: 'arXiv',
  };
  if (published) {
    work.year = Number(published[1]);
    work.month = Number(published[2]);
  }
  const doi = textOf(child(entry, 'arxiv:doi'));
  if (doi) work.doi = doi;
  const primary = child(entry, 'arxiv:primary_category')?.attrs.term;
  if (primary) work.arxivClass = primary;
  return work;
}
