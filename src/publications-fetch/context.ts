import type { FetchProblem, HttpClient } from './http.js';
import type { Work } from './work.js';

/** Base URL of each service, without a trailing slash. */
export interface Endpoints {
  crossref: string;
  datacite: string;
  doi: string;
  arxiv: string;
  dblp: string;
  orcid: string;
  openalex: string;
  semanticScholar: string;
}

/** The environment variable that overrides each base URL (for a mirror, a proxy cache, or a local test server). */
export const ENDPOINT_VARIABLES: Record<keyof Endpoints, string> = {
  crossref: 'VITA_CROSSREF_URL',
  datacite: 'VITA_DATACITE_URL',
  doi: 'VITA_DOI_URL',
  arxiv: 'VITA_ARXIV_URL',
  dblp: 'VITA_DBLP_URL',
  orcid: 'VITA_ORCID_URL',
  openalex: 'VITA_OPENALEX_URL',
  semanticScholar: 'VITA_SEMANTIC_SCHOLAR_URL',
};

const DEFAULTS: Endpoints = {
  crossref: 'https://api.crossref.org',
  datacite: 'https://api.datacite.org',
  doi: 'https://doi.org',
  arxiv: 'https://export.arxiv.org/api',
  dblp: 'https://dblp.org',
  orcid: 'https://pub.orcid.org/v3.0',
  openalex: 'https://api.openalex.org',
  semanticScholar: 'https://api.semanticscholar.org/graph/v1',
};

/** The documented base URLs, each replaced by its environment variable when set. */
export function endpointsFrom(env: NodeJS.ProcessEnv): Endpoints {
  const out = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof Endpoints)[]) {
    const value = env[ENDPOINT_VARIABLES[key]]?.trim();
    if (value) out[key] = value.replace(/\/+$/, '');
  }
  return out;
}

/** What every source client needs: the HTTP client, the base URLs and the owner's contact address. */
export interface SourceContext {
  http: HttpClient;
  endpoints: Endpoints;
  /** Sent as `mailto` to Crossref and OpenAlex (their "polite pool"). */
  mailto?: string;
  /** Semantic Scholar's API key (SEMANTIC_SCHOLAR_API_KEY), for its higher rate limit. */
  semanticScholarKey?: string;
}

export type SourceResult<T> = { ok: true; value: T } | { ok: false; problem: FetchProblem };
export type WorkResult = SourceResult<Work>;

/** A failed result of kind `not-found`. */
export function notFound<T>(message: string): SourceResult<T> {
  return { ok: false, problem: { kind: 'not-found', message } };
}

/** A failed result of kind `malformed`, naming the service. */
export function malformed<T>(service: string, what: string): SourceResult<T> {
  return { ok: false, problem: { kind: 'malformed', message: `${service} answered with ${what}` } };
}

/** Parses a JSON answer; undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `?mailto=…` (or `&mailto=…`) when a contact address is known. */
export function mailtoParam(ctx: SourceContext, separator: '?' | '&'): string {
  return ctx.mailto ? `${separator}mailto=${encodeURIComponent(ctx.mailto)}` : '';
}

/** A DOI in a URL path: each segment escaped, slashes kept (as doi.org and Crossref expect). */
export function doiPath(doi: string): string {
  return doi.split('/').map(encodeURIComponent).join('/');
}
