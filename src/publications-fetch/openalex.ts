import { doiPath, mailtoParam, malformed, parseJson, type SourceContext, type SourceResult } from './context.js';
import { titleFingerprint } from './work.js';

/** A citation count and where it was found (`doi` lookup or a strict title `match`). */
export interface OpenAlexCount {
  count: number;
  by: 'doi' | 'title';
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `cited_by_count` of a work in OpenAlex: by DOI, else by a title search accepting only an exact (normalised) title and year. */
export async function openAlexCount(paper: { doi?: string; title: string; year?: number },
  ctx: SourceContext): Promise<SourceResult<OpenAlexCount>> {
  if (paper.doi) {
    const url = `${ctx.endpoints.openalex}/works/doi:${doiPath(paper.doi)}${mailtoParam(ctx, '?')}`;
    const answer = await ctx.http.get(url, 'application/json');
    if (answer.ok) {
      const json = parseJson(answer.text);
      if (!isObject(json) || typeof json.cited_by_count !== 'number') return malformed('OpenAlex', 'a work without cited_by_count');
      return { ok: true, value: { count: json.cited_by_count, by: 'doi' } };
    }
    if (answer.problem.kind !== 'not-found') return answer;
  }
  return byTitle(paper, ctx);
}

async function byTitle(paper: { title: string; year?: number }, ctx: SourceContext): Promise<SourceResult<OpenAlexCount>> {
  // Commas and pipes separate filters and alternatives in OpenAlex's filter syntax.
  const query = encodeURIComponent(paper.title.replace(/[,|:]/g, ' ').replace(/\s+/g, ' ').trim());
  const url = `${ctx.endpoints.openalex}/works?filter=title.search:${query}&per-page=10${mailtoParam(ctx, '&')}`;
  const answer = await ctx.http.get(url, 'application/json');
  if (!answer.ok) return answer;
  const json = parseJson(answer.text);
  if (!isObject(json) || !Array.isArray(json.results)) return malformed('OpenAlex', 'a search answer without results');
  const wanted = titleFingerprint(paper.title);
  const matches = json.results.filter(isObject).filter((w) =>
    typeof w.title === 'string' && titleFingerprint(w.title) === wanted && (paper.year === undefined || w.publication_year === paper.year));
  // Two different works with the same title and year cannot be told apart: no count rather than a wrong one.
  if (matches.length !== 1 || typeof matches[0]!.cited_by_count !== 'number') {
    const why = matches.length > 1 ? `${matches.length} works with this exact title` : 'no work with exactly this title and year';
    return { ok: false, problem: { kind: 'not-found', message: `OpenAlex has ${why}` } };
  }
  return { ok: true, value: { count: matches[0]!.cited_by_count as number, by: 'title' } };
}
