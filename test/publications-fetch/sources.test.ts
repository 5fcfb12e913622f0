import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fetchArxiv } from '../../src/publications-fetch/arxiv.js';
import { endpointsFrom, type SourceContext, type SourceResult } from '../../src/publications-fetch/context.js';
import { fetchDblp } from '../../src/publications-fetch/dblp.js';
import { fetchDoi } from '../../src/publications-fetch/doi.js';
import { DEFAULT_HTTP_OPTIONS, HttpClient } from '../../src/publications-fetch/http.js';
import { openAlexCount } from '../../src/publications-fetch/openalex.js';
import { fetchOrcidWork, fetchOrcidWorks } from '../../src/publications-fetch/orcid.js';
import { semanticScholarCount } from '../../src/publications-fetch/semantic-scholar.js';
import { serveApis, type ApiServer, type CannedResponse } from '../helpers/api-server.js';

// Every source, every case: found, not found, 429 with Retry-After (then found), too slow, malformed.
const RATE_LIMITED: CannedResponse = { status: 429, headers: { 'retry-after': '1' }, body: 'Too Many Requests' };
const SLOW = (file: string): CannedResponse => ({ file, delayMs: 3000 });
const ROUTES: Record<string, CannedResponse | CannedResponse[]> = {
  '/crossref/works/10.5555/vita.2021.001': { file: 'crossref/journal-article.json' },
  '/crossref/works/10.5555/vita.2023.042': [RATE_LIMITED, { file: 'crossref/proceedings-article.json' }],
  '/crossref/works/10.5555/slow': SLOW('crossref/journal-article.json'),
  '/crossref/works/10.5555/vita.broken': { file: 'crossref/malformed.json' },
  '/crossref/works/10.5555/missing': { status: 404, file: 'crossref/not-found.txt' },
  '/datacite/dois/10.5281/zenodo.1234567': { file: 'datacite/software.json' },
  '/doi/10.11111/chapter.0007': { file: 'doi/csl-chapter.json' },
  '/arxiv/query?id_list=2505.15435&max_results=1': { file: 'arxiv/preprint.xml' },
  '/arxiv/query?id_list=2599.99999&max_results=1': { file: 'arxiv/error.xml' },
  '/arxiv/query?id_list=2101.00001&max_results=1': [RATE_LIMITED, { file: 'arxiv/published.xml' }],
  '/arxiv/query?id_list=2102.00002&max_results=1': SLOW('arxiv/preprint.xml'),
  '/arxiv/query?id_list=2103.00003&max_results=1': { file: 'arxiv/malformed.xml' },
  '/dblp/rec/conf/icml/LovelaceH22.xml': { file: 'dblp/inproceedings.xml' },
  '/dblp/rec/journals/corr/abs-2505-15435.xml': [RATE_LIMITED, { file: 'dblp/corr.xml' }],
  '/dblp/rec/conf/x/Slow22.xml': SLOW('dblp/inproceedings.xml'),
  '/dblp/rec/conf/x/Y22.xml': { file: 'dblp/malformed.xml' },
  '/orcid/0000-0002-1825-0097/works': { file: 'orcid/works.json' },
  '/orcid/0000-0002-1825-0097/work/3003': { file: 'orcid/work-3003.json' },
  '/orcid/0000-0001-0000-0001/works': { status: 404, file: 'orcid/not-found.json' },
  '/orcid/0000-0001-0000-0002/works': [RATE_LIMITED, { file: 'orcid/works.json' }],
  '/orcid/0000-0001-0000-0003/works': SLOW('orcid/works.json'),
  '/orcid/0000-0001-0000-0004/works': { file: 'orcid/malformed.json' },
  '/openalex/works/doi:10.5555/vita.2021.001': { file: 'openalex/work.json' },
  '/openalex/works/doi:10.5555/gone': { status: 404, file: 'openalex/not-found.json' },
  '/openalex/works': { file: 'openalex/search.json' },
  '/openalex/works/doi:10.5555/busy': [RATE_LIMITED, { file: 'openalex/work.json' }],
  '/openalex/works/doi:10.5555/slow': SLOW('openalex/work.json'),
  '/openalex/works/doi:10.5555/vita.broken': { file: 'openalex/malformed.json' },
  '/s2/paper/DOI:10.5555/vita.2021.001': { file: 'semantic-scholar/paper.json' },
  '/s2/paper/DOI:10.5555/gone': { status: 404, file: 'semantic-scholar/not-found.json' },
  '/s2/paper/DOI:10.5555/busy': [{ status: 429, headers: { 'retry-after': '1' }, file: 'semantic-scholar/rate-limited.json' }, { file: 'semantic-scholar/paper.json' }],
  '/s2/paper/DOI:10.5555/slow': SLOW('semantic-scholar/paper.json'),
  '/s2/paper/DOI:10.5555/vita.broken': { file: 'semantic-scholar/malformed.json' },
  '/s2/paper/DOI:10.5555/always-busy': { status: 429, headers: { 'retry-after': '0' }, file: 'semantic-scholar/rate-limited.json' },
  '/s2/paper/DOI:10.5555/wait-an-hour': { status: 429, headers: { 'retry-after': '3600' }, file: 'semantic-scholar/rate-limited.json' },
};

let server: ApiServer;
let ctx: SourceContext;
// A short timeout only for the slow routes: a loaded machine must not make the other answers late.
let hasty: SourceContext;
before(async () => {
  server = await serveApis(ROUTES);
  const env = Object.fromEntries(['CROSSREF', 'DATACITE', 'DOI', 'ARXIV', 'DBLP', 'ORCID', 'OPENALEX', 'SEMANTIC_SCHOLAR']
    .map((name) => [`VITA_${name}_URL`, `${server.url}/${{ CROSSREF: 'crossref', DATACITE: 'datacite', DOI: 'doi', ARXIV: 'arxiv', DBLP: 'dblp', ORCID: 'orcid', OPENALEX: 'openalex', SEMANTIC_SCHOLAR: 's2' }[name]}`]));
  ctx = { http: new HttpClient({ ...DEFAULT_HTTP_OPTIONS, timeoutMs: 10_000, backoffMs: 10, userAgent: 'Vita tests' }, {}), endpoints: endpointsFrom(env) };
  hasty = { ...ctx, http: new HttpClient({ ...DEFAULT_HTTP_OPTIONS, timeoutMs: 500, userAgent: 'Vita tests' }, {}) };
});
after(() => server.close());

// Problems name the host, whose port changes from run to run.
function problem<T>(result: SourceResult<T>): string {
  assert.equal(result.ok, false);
  const p = (result as { problem: { kind: string; message: string } }).problem;
  return `${p.kind}: ${p.message.replace(new URL(server.url).host, 'HOST')}`;
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

test('DOI: Crossref found, DataCite and doi.org after a Crossref 404, 429 honoured, timeout, malformed, unknown', async () => {
  const found = await fetchDoi('10.5555/vita.2021.001', ctx);
  assert.deepEqual(found, { ok: true, value: {
    type: 'article', title: 'Sparse Attention for Long Documents & Short Budgets', doi: '10.5555/vita.2021.001', from: 'Crossref',
    authors: [{ family: 'Lovelace', given: 'Ada' }, { family: 'Hopper', given: 'Grace M.' }, { literal: 'The Imaginary Consortium' }],
    venue: 'Journal of Imaginary Results', year: 2021, month: 6, volume: '12', issue: '3', pages: '101--118', publisher: 'Imaginary Press',
  } });
  const datacite = await fetchDoi('10.5281/zenodo.1234567', ctx);
  assert.equal(datacite.ok && `${datacite.value.from} ${datacite.value.type} ${datacite.value.year} ${datacite.value.title}`, 'DataCite misc 2024 vita-bench: 100% reproducible benchmarks');
  const csl = await fetchDoi('10.11111/chapter.0007', ctx);
  assert.equal(csl.ok && `${csl.value.from} ${csl.value.type} ${csl.value.venue} ${JSON.stringify(csl.value.authors[0])}`, 'doi.org incollection Handbook of Scholarly Web Pages {"family":"van der Berg","given":"Jan"}');
  const busy = await timed(() => fetchDoi('10.5555/vita.2023.042', ctx));
  assert.equal(busy.value.ok && busy.value.value.title, 'Counting Citations: Without Scraping');
  assert.ok(busy.ms >= 950, `waited ${busy.ms} ms for Retry-After: 1`);
  assert.equal(problem(await fetchDoi('10.5555/slow', hasty)), 'timeout: HOST did not answer within 0.5 s');
  assert.equal(problem(await fetchDoi('10.5555/vita.broken', ctx)), 'malformed: Crossref answered with something that is not the JSON it documents');
  assert.equal(problem(await fetchDoi('10.5555/missing', ctx)), 'not-found: no DOI registration agency knows 10.5555/missing (asked Crossref, DataCite and doi.org)');
});

test('arXiv: found, error entry for an unknown id, 429 honoured, timeout, malformed XML', async () => {
  const found = await fetchArxiv('2505.15435', ctx);
  assert.deepEqual(found, { ok: true, value: {
    type: 'misc', title: 'Learning $\\alpha$-Divergences for Tiny Homepages', arxiv: '2505.15435', url: 'https://arxiv.org/abs/2505.15435', from: 'arXiv',
    authors: [{ family: 'Lovelace', given: 'Ada' }, { family: 'van Beethoven', given: 'Ludwig' }, { family: 'du Châtelet', given: 'Émilie' }],
    year: 2025, month: 5, arxivClass: 'cs.DL',
  } });
  assert.equal(problem(await fetchArxiv('2599.99999', ctx)), 'not-found: arXiv has no paper 2599.99999');
  const busy = await timed(() => fetchArxiv('2101.00001', ctx));
  assert.equal(busy.value.ok && busy.value.value.doi, '10.5555/vita.2021.001');
  assert.ok(busy.ms >= 950);
  assert.equal(problem(await fetchArxiv('2102.00002', hasty)), 'timeout: HOST did not answer within 0.5 s');
  assert.equal(problem(await fetchArxiv('2103.00003', ctx)), 'malformed: arXiv answered with XML that does not parse (unexpected </feed> at offset 181)');
});

test('DBLP: found (homonym number dropped, title period dropped), CoRR record as arXiv preprint, 404, 429, timeout, malformed', async () => {
  const found = await fetchDblp('conf/icml/LovelaceH22', ctx);
  assert.deepEqual(found, { ok: true, value: {
    type: 'inproceedings', title: 'Fast Homepages with Static Generators', from: 'DBLP',
    authors: [{ family: 'Lovelace', given: 'Ada' }, { family: 'Zhang', given: 'Wei' }, { family: 'García', given: 'José' }],
    venue: 'ICML', year: 2022, pages: '1234--1245', url: 'https://proceedings.example.org/v162/lovelace22a.html',
  } });
  const corr = await timed(() => fetchDblp('journals/corr/abs-2505-15435', ctx));
  assert.equal(corr.value.ok && `${corr.value.value.type} ${corr.value.value.arxiv} ${corr.value.value.doi} ${corr.value.value.venue}`, 'misc 2505.15435 undefined undefined');
  assert.ok(corr.ms >= 950);
  assert.equal(problem(await fetchDblp('conf/x/Missing22', ctx)), 'not-found: DBLP has no record conf/x/Missing22');
  assert.equal(problem(await fetchDblp('conf/x/Slow22', hasty)), 'timeout: HOST did not answer within 0.5 s');
  assert.equal(problem(await fetchDblp('conf/x/Y22', ctx)), 'malformed: DBLP answered with XML that does not parse (<inproceedings> is never closed)');
});

test('ORCID: works (preferred version, own ids only), a work without ids, 404, 429, timeout, malformed', async () => {
  const works = await fetchOrcidWorks('0000-0002-1825-0097', ctx);
  assert.deepEqual(works, { ok: true, value: [
    { putCode: '1002', title: 'Counting Citations Without Scraping', year: 2023, doi: '10.5555/vita.2023.042' },
    { putCode: '2002', title: 'Learning α-Divergences for Tiny Homepages', year: 2025, arxiv: '2505.15435' },
    { putCode: '3003', title: 'Notes on the Analytical Engine', year: 1843 },
    { putCode: '4004', title: 'Sparse Attention for Long Documents & Short Budgets', year: 2021, doi: '10.5555/VITA.2021.001' },
  ] });
  assert.deepEqual(await fetchOrcidWork('0000-0002-1825-0097', '3003', ctx), { ok: true, value: {
    type: 'techreport', title: 'Notes on the Analytical Engine', from: 'ORCID', venue: 'Scientific Memoirs', year: 1843,
    authors: [{ family: 'Lovelace', given: 'Ada' }, { family: 'Menabrea', given: 'Luigi' }], url: 'https://example.org/notes-1843',
  } });
  assert.equal(problem(await fetchOrcidWorks('0000-0001-0000-0001', ctx)), 'not-found: ORCID has no record 0000-0001-0000-0001');
  const busy = await timed(() => fetchOrcidWorks('0000-0001-0000-0002', ctx));
  assert.equal(busy.value.ok && busy.value.value.length, 4);
  assert.ok(busy.ms >= 950);
  assert.equal(problem(await fetchOrcidWorks('0000-0001-0000-0003', hasty)), 'timeout: HOST did not answer within 0.5 s');
  assert.equal(problem(await fetchOrcidWorks('0000-0001-0000-0004', ctx)), 'malformed: ORCID answered with something that is not the works JSON it documents');
});

test('OpenAlex: by DOI, strict title fallback after a 404, 429, timeout, malformed', async () => {
  assert.deepEqual(await openAlexCount({ doi: '10.5555/vita.2021.001', title: 'x' }, ctx), { ok: true, value: { count: 42, by: 'doi' } });
  // The search also finds a longer title and the same title from another year: only the exact one counts.
  assert.deepEqual(await openAlexCount({ doi: '10.5555/gone', title: 'A Preprint Still Waiting for Reviewers', year: 2022 }, ctx), { ok: true, value: { count: 5, by: 'title' } });
  assert.equal(problem(await openAlexCount({ title: 'Learning α-Divergences for Tiny Homepages', year: 2025 }, ctx)), 'not-found: OpenAlex has no work with exactly this title and year');
  assert.equal(problem(await openAlexCount({ title: 'A preprint still waiting for reviewers' }, ctx)), 'not-found: OpenAlex has 2 works with this exact title');
  const busy = await timed(() => openAlexCount({ doi: '10.5555/busy', title: 'x' }, ctx));
  assert.deepEqual(busy.value, { ok: true, value: { count: 42, by: 'doi' } });
  assert.ok(busy.ms >= 950);
  assert.equal(problem(await openAlexCount({ doi: '10.5555/slow', title: 'x' }, hasty)), 'timeout: HOST did not answer within 0.5 s');
  assert.equal(problem(await openAlexCount({ doi: '10.5555/vita.broken', title: 'x' }, ctx)), 'malformed: OpenAlex answered with a work without cited_by_count');
  const search = server.requests.find((r) => r.url.startsWith('/openalex/works?'))!;
  assert.equal(search.url, '/openalex/works?filter=title.search:A Preprint Still Waiting for Reviewers&per-page=10');
});

test('Semantic Scholar: found, 404, 429 then found, 429 until retries run out, Retry-After too long, timeout, malformed', async () => {
  assert.deepEqual(await semanticScholarCount({ doi: '10.5555/vita.2021.001' }, ctx), { ok: true, value: 45 });
  assert.equal(problem(await semanticScholarCount({ doi: '10.5555/gone' }, ctx)), 'not-found: HOST answered 404 (not found)');
  const busy = await timed(() => semanticScholarCount({ doi: '10.5555/busy' }, ctx));
  assert.deepEqual(busy.value, { ok: true, value: 45 });
  assert.ok(busy.ms >= 950);
  assert.equal(problem(await semanticScholarCount({ doi: '10.5555/always-busy' }, ctx)), 'rate-limited: HOST kept answering 429 (too many requests) after 4 attempts; try again later');
  assert.equal(problem(await semanticScholarCount({ doi: '10.5555/wait-an-hour' }, ctx)), 'rate-limited: HOST answered 429 and asks to wait 3600 s; try again later');
  assert.equal(problem(await semanticScholarCount({ doi: '10.5555/slow' }, hasty)), 'timeout: HOST did not answer within 0.5 s');
  assert.equal(problem(await semanticScholarCount({ doi: '10.5555/vita.broken' }, ctx)), 'malformed: Semantic Scholar answered with a paper without citationCount');
  assert.equal(problem(await semanticScholarCount({}, ctx)), 'not-found: Semantic Scholar is asked by DOI or arXiv id, and this paper has neither');
});
