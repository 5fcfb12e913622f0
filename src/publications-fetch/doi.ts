import { doiPath, mailtoParam, malformed, notFound, parseJson, type SourceContext, type WorkResult } from './context.js';
import { cleanText, normalisePages, workTypeOf, type Work, type WorkAuthor } from './work.js';

/**
 * A DOI's metadata: Crossref first (most scholarly DOIs), then DataCite (data, software, arXiv's own DOIs),
 * then DOI content negotiation as CSL-JSON, which also reaches the smaller registration agencies.
 */
export async function fetchDoi(doi: string, ctx: SourceContext): Promise<WorkResult> {
  const crossref = await ctx.http.get(`${ctx.endpoints.crossref}/works/${doiPath(doi)}${mailtoParam(ctx, '?')}`, 'application/json');
  if (crossref.ok) return fromCsl(parseJson(crossref.text), 'Crossref', true);
  if (crossref.problem.kind !== 'not-found') return crossref;
  const datacite = await ctx.http.get(`${ctx.endpoints.datacite}/dois/${doiPath(doi)}`, 'application/vnd.api+json');
  if (datacite.ok) return fromDatacite(parseJson(datacite.text));
  if (datacite.problem.kind !== 'not-found') return datacite;
  const csl = await ctx.http.get(`${ctx.endpoints.doi}/${doiPath(doi)}`, 'application/vnd.citationstyles.csl+json');
  if (csl.ok) return fromCsl(parseJson(csl.text), 'doi.org', false);
  if (csl.problem.kind !== 'not-found') return csl;
  return notFound(`no DOI registration agency knows ${doi} (asked Crossref, DataCite and doi.org)`);
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function first(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

// Crossref's /works/{doi} message is CSL-like (titles as lists); content negotiation gives CSL-JSON proper.
function fromCsl(json: unknown, service: string, wrapped: boolean): WorkResult {
  const m = wrapped ? (isObject(json) ? json.message : undefined) : json;
  if (!isObject(m)) return malformed(service, 'something that is not the JSON it documents');
  const main = cleanText(first(m.title) ?? '');
  // Crossref keeps a subtitle apart ("Deep Learning" + "A Review"); a paper's title is both.
  const subtitle = cleanText(first(m.subtitle) ?? '');
  const title = subtitle && !main.toLowerCase().includes(subtitle.toLowerCase()) ? `${main}: ${subtitle}` : main;
  const doi = first(m.DOI);
  if (!title || !doi) return malformed(service, 'a record without a title or DOI');
  const [year, month] = dateParts(m.issued) ?? dateParts(m['published-print']) ?? dateParts(m['published-online']) ?? [];
  const work: Work = {
    type: workTypeOf(first(m.type)),
    title,
    authors: (Array.isArray(m.author) ? m.author : []).filter(isObject).map(cslName),
    doi,
    from: service,
  };
  setText(work, 'venue', first(m['container-title']));
  if (year) work.year = year;
  if (month) work.month = month;
  setText(work, 'volume', first(m.volume));
  setText(work, 'issue', first(m.issue));
  const pages = normalisePages(first(m.page));
  if (pages) work.pages = pages;
  setText(work, 'publisher', first(m.publisher));
  return { ok: true, value: work };
}

function cslName(a: Json): WorkAuthor {
  const family = first(a.family), given = first(a.given), literal = first(a.name) ?? first(a.literal);
  if (family) return given ? { family: cleanText(family), given: cleanText(given) } : { family: cleanText(family) };
  return { literal: cleanText(literal ?? 'Anonymous') };
}

function dateParts(value: unknown): [number, number | undefined] | undefined {
  const parts = isObject(value) && Array.isArray(value['date-parts']) ? value['date-parts'][0] : undefined;
  if (!Array.isArray(parts) || typeof parts[0] !== 'number') return undefined;
  return [parts[0], typeof parts[1] === 'number' ? parts[1] : undefined];
}

function setText(work: Work, field: 'venue' | 'volume' | 'issue' | 'publisher', value: string | undefined): void {
  const text = value && cleanText(value);
  if (text) work[field] = text;
}

// DataCite REST API: { data: { attributes: { doi, titles, creators, publisher, publicationYear, types, container } } }.
function fromDatacite(json: unknown): WorkResult {
  const data = isObject(json) ? json.data : undefined;
  const a = isObject(data) ? data.attributes : undefined;
  if (!isObject(a)) return malformed('DataCite', 'something that is not the JSON it documents');
  const titles = Array.isArray(a.titles) ? a.titles.filter(isObject) : [];
  const title = cleanText(first(titles.find((t) => !t.titleType)?.title ?? titles[0]?.title) ?? '');
  const doi = first(a.doi);
  if (!title || !doi) return malformed('DataCite', 'a record without a title or DOI');
  const types = isObject(a.types) ? a.types : {};
  const work: Work = {
    type: workTypeOf(first(types.resourceTypeGeneral)),
    title,
    authors: (Array.isArray(a.creators) ? a.creators : []).filter(isObject).map((c) =>
      c.familyName ? cslName({ family: c.familyName, given: c.givenName }) : { literal: cleanText(first(c.name) ?? 'Anonymous') }),
    doi,
    from: 'DataCite',
  };
  const year = Number(first(a.publicationYear));
  if (Number.isInteger(year) && year > 0) work.year = year;
  const container = isObject(a.container) ? a.container : {};
  setText(work, 'venue', first(container.title));
  setText(work, 'volume', first(container.volume));
  setText(work, 'issue', first(container.issue));
  setText(work, 'publisher', isObject(a.publisher) ? first(a.publisher.name) : first(a.publisher));
  return { ok: true, value: work };
}
