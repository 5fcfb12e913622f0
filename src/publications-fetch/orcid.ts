import { malformed, notFound, parseJson, type SourceContext, type SourceResult, type WorkResult } from './context.js';
import { cleanText, splitName, workTypeOf, type Work } from './work.js';

/** One work of an ORCID record's summary: enough to spot duplicates before fetching anything else. */
export interface OrcidWorkSummary {
  putCode: string;
  title: string;
  year?: number;
  doi?: string;
  arxiv?: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const valueOf = (v: unknown): string | undefined => (isObject(v) && typeof v.value === 'string' ? v.value : undefined);

/** The works of an ORCID record (public API v3.0 `/{orcid}/works`): one per group, the first (preferred) version. */
export async function fetchOrcidWorks(orcid: string, ctx: SourceContext): Promise<SourceResult<OrcidWorkSummary[]>> {
  const answer = await ctx.http.get(`${ctx.endpoints.orcid}/${orcid}/works`, 'application/json');
  if (!answer.ok) return answer.problem.kind === 'not-found' ? notFound(`ORCID has no record ${orcid}`) : answer;
  const json = parseJson(answer.text);
  if (!isObject(json) || !Array.isArray(json.group)) return malformed('ORCID', 'something that is not the works JSON it documents');
  const out: OrcidWorkSummary[] = [];
  for (const group of json.group.filter(isObject)) {
    const summary = preferred(Array.isArray(group['work-summary']) ? group['work-summary'].filter(isObject) : []);
    if (!summary) continue;
    const title = cleanText(valueOf(isObject(summary.title) ? summary.title.title : undefined) ?? '');
    const putCode = summary['put-code'];
    if (!title || (typeof putCode !== 'number' && typeof putCode !== 'string')) continue;
    const ids = externalIds(group['external-ids'] ?? summary['external-ids']);
    const year = Number(valueOf(isObject(summary['publication-date']) ? summary['publication-date'].year : undefined));
    out.push({ putCode: String(putCode), title, ...(year > 0 ? { year } : {}), ...ids });
  }
  return { ok: true, value: out };
}

// ORCID documents that the preferred version of a work has the highest display index in its group.
function preferred(summaries: Json[]): Json | undefined {
  const index = (w: Json) => Number(w['display-index'] ?? 0) || 0;
  return summaries.reduce<Json | undefined>((best, w) => (best === undefined || index(w) > index(best) ? w : best), undefined);
}

// Contributors without a role are authors; editors, translators and the like are not.
function isAuthor(attributes: unknown): boolean {
  const role = isObject(attributes) ? attributes['contributor-role'] : undefined;
  return !role || role === 'author';
}

function externalIds(value: unknown): { doi?: string; arxiv?: string } {
  const list = isObject(value) && Array.isArray(value['external-id']) ? value['external-id'].filter(isObject) : [];
  // Only the work's own ids: "part-of" points at the journal or book the work is in.
  const own = list.filter((e) => e['external-id-relationship'] !== 'part-of');
  const find = (type: string) => own.find((e) => String(e['external-id-type']).toLowerCase() === type)?.['external-id-value'];
  const doi = find('doi'), arxiv = find('arxiv');
  return {
    ...(typeof doi === 'string' ? { doi: doi.trim().replace(/^https?:\/\/(dx\.)?doi\.org\//i, '') } : {}),
    ...(typeof arxiv === 'string' ? { arxiv: arxiv.trim().replace(/^arxiv:/i, '').replace(/v\d+$/, '') } : {}),
  };
}

/** A work with neither DOI nor arXiv id, from the record itself (`/{orcid}/work/{put-code}`): its contributors are the authors. */
export async function fetchOrcidWork(orcid: string, putCode: string, ctx: SourceContext): Promise<WorkResult> {
  const answer = await ctx.http.get(`${ctx.endpoints.orcid}/${orcid}/work/${encodeURIComponent(putCode)}`, 'application/json');
  if (!answer.ok) return answer;
  const w = parseJson(answer.text);
  const title = cleanText(valueOf(isObject(w) && isObject(w.title) ? w.title.title : undefined) ?? '');
  if (!isObject(w) || !title) return malformed('ORCID', 'a work without a title');
  const list = isObject(w.contributors) ? w.contributors.contributor : undefined;
  const contributors = Array.isArray(list) ? list.filter(isObject) : [];
  const work: Work = {
    type: workTypeOf(typeof w.type === 'string' ? w.type : undefined),
    title,
    authors: contributors
      .filter((c) => isAuthor(c['contributor-attributes']))
      .map((c) => splitName(valueOf(c['credit-name']) ?? ''))
      .filter((a) => a.family),
    from: 'ORCID',
  };
  const venue = valueOf(w['journal-title']);
  if (venue) work.venue = cleanText(venue);
  const date = isObject(w['publication-date']) ? w['publication-date'] : {};
  const year = Number(valueOf(date.year)), month = Number(valueOf(date.month));
  if (year > 0) work.year = year;
  if (month >= 1 && month <= 12) work.month = month;
  const url = valueOf(w.url);
  if (url && /^https?:\/\//.test(url)) work.url = url;
  return { ok: true, value: work };
}
