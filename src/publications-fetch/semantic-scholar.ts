import { doiPath, malformed, notFound, parseJson, type SourceContext, type SourceResult } from './context.js';

/** `citationCount` from the Semantic Scholar Graph API, looked up by DOI or arXiv id. */
export async function semanticScholarCount(paper: { doi?: string; arxiv?: string }, ctx: SourceContext): Promise<SourceResult<number>> {
  const id = paper.doi ? `DOI:${doiPath(paper.doi)}` : paper.arxiv ? `ARXIV:${encodeURIComponent(paper.arxiv)}` : undefined;
  if (!id) return notFound('Semantic Scholar is asked by DOI or arXiv id, and this paper has neither');
  const answer = await ctx.http.get(`${ctx.endpoints.semanticScholar}/paper/${id}?fields=title,year,citationCount`, 'application/json',
    ctx.semanticScholarKey ? { 'x-api-key': ctx.semanticScholarKey } : {});
  if (!answer.ok) return answer;
  const json = parseJson(answer.text) as { citationCount?: unknown } | undefined;
  if (typeof json !== 'object' || json === null || typeof json.citationCount !== 'number') {
    return malformed('Semantic Scholar', 'a paper without citationCount');
  }
  return { ok: true, value: json.citationCount };
}
