/** An identifier `vita add` understands, reduced to its canonical form. */
export type Identifier =
  | { kind: 'doi'; id: string }
  | { kind: 'arxiv'; id: string }
  | { kind: 'dblp'; id: string }
  | { kind: 'orcid'; id: string };

export type ParsedIdentifier = Identifier | { kind: 'invalid'; reason: string };

const DOI = /^10\.\d{4,9}\/\S+$/;
// New-style ids (YYMM.NNNN until 2014, YYMM.NNNNN since) and old-style archive/YYMMNNN, each with an optional version.
const ARXIV_NEW = /^(\d{2}(0[1-9]|1[0-2])\.\d{4,5})(v\d+)?$/;
const ARXIV_OLD = /^([a-z-]+(\.[A-Z]{2})?\/\d{2}(0[1-9]|1[0-2])\d{3})(v\d+)?$/;
const DBLP_KEY = /^(conf|journals|books|phd|series|reference|tr|informal|ms)\/[\w.-]+(\/[\w.:+-]+)+$/;
const ORCID = /^(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dX])$/i;

/** Reads a DOI, arXiv id, DBLP key or ORCID iD in any of the forms people paste (bare, prefixed or as a URL). */
export function parseIdentifier(input: string): ParsedIdentifier {
  const text = input.trim();
  if (text === '') return invalid('it is empty');
  const url = asUrl(text);
  if (url) return fromUrl(url, text);
  const prefixed = /^(doi|arxiv|dblp|orcid):\s*(.+)$/i.exec(text);
  if (prefixed) return fromPrefix(prefixed[1]!.toLowerCase(), prefixed[2]!.trim());
  if (text.startsWith('10.')) return doi(text);
  if (ARXIV_NEW.test(text) || ARXIV_OLD.test(text)) return arxiv(text);
  if (DBLP_KEY.test(text)) return { kind: 'dblp', id: text };
  if (ORCID.test(text)) return orcid(text);
  return invalid('it is not a DOI (10.…), an arXiv id (2505.15435), a DBLP key (conf/…) '
    + 'or an ORCID iD (0000-0000-0000-0000)');
}

function invalid(reason: string): ParsedIdentifier {
  return { kind: 'invalid', reason };
}

function fromPrefix(prefix: string, rest: string): ParsedIdentifier {
  if (prefix === 'doi') return doi(rest);
  if (prefix === 'arxiv') return arxiv(rest);
  if (prefix === 'orcid') return orcid(rest);
  return DBLP_KEY.test(rest) ? { kind: 'dblp', id: rest } : invalid(`"${rest}" is not a DBLP record key such as conf/cvpr/HeZRS16`);
}

function asUrl(text: string): URL | undefined {
  const known = /^(www\.)?(dx\.)?(doi\.org|arxiv\.org|dblp\.org|dblp\.uni-trier\.de|orcid\.org)\//i;
  const withScheme = /^https?:\/\//i.test(text) ? text : known.test(text) ? `https://${text}` : undefined;
  if (!withScheme) return undefined;
  try {
    return new URL(withScheme);
  } catch {
    return undefined;
  }
}

function fromUrl(url: URL, text: string): ParsedIdentifier {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = safeDecode(url.pathname).replace(/^\/+/, '');
  if (host === 'doi.org' || host === 'dx.doi.org') return doi(path);
  if (host === 'arxiv.org' || host === 'export.arxiv.org') {
    const m = /^(abs|pdf|html)\/(.+?)(\.pdf)?\/?$/.exec(path);
    return m ? arxiv(m[2]!) : invalid(`${text} is not the address of an arXiv paper (https://arxiv.org/abs/…)`);
  }
  if (host === 'dblp.org' || host === 'dblp.uni-trier.de') {
    const key = /^rec\/(.+?)(\.(html|xml|bib))?$/.exec(path)?.[1];
    return key && DBLP_KEY.test(key) ? { kind: 'dblp', id: key } : invalid(`${text} is not the address of a DBLP record (https://dblp.org/rec/…)`);
  }
  if (host === 'orcid.org') return orcid(path.replace(/\/$/, ''));
  return invalid(`${text} is not a doi.org, arxiv.org, dblp.org or orcid.org address`);
}

function doi(text: string): ParsedIdentifier {
  const id = text.trim();
  // arXiv's own DOIs (10.48550/arXiv.<id>) name a preprint: the arXiv API describes it better than DataCite.
  const arxivDoi = /^10\.48550\/arxiv\.(.+)$/i.exec(id);
  if (arxivDoi) return arxiv(arxivDoi[1]!);
  return DOI.test(id) ? { kind: 'doi', id } : invalid(`"${id}" is not a DOI such as 10.1145/3292500.3330701`);
}

// The version is dropped: Vita records a paper, and the arXiv API answers an unversioned id with the latest version.
function arxiv(text: string): ParsedIdentifier {
  const m = ARXIV_NEW.exec(text) ?? ARXIV_OLD.exec(text);
  return m ? { kind: 'arxiv', id: m[1]! } : invalid(`"${text}" is not an arXiv id such as 2505.15435 or hep-th/9901001`);
}

function orcid(text: string): ParsedIdentifier {
  const m = ORCID.exec(text);
  if (!m) return invalid(`"${text}" is not an ORCID iD such as 0000-0002-1825-0097`);
  const id = `${m[1]}-${m[2]}-${m[3]}-${m[4]!.toUpperCase()}`;
  return orcidChecksumOk(id) ? { kind: 'orcid', id } : invalid(`"${text}" is not a valid ORCID iD: its check digit is wrong (a typo?)`);
}

/** ISO 7064 MOD 11-2, the check digit ORCID uses for the last character. */
export function orcidChecksumOk(id: string): boolean {
  const digits = id.replace(/-/g, '');
  let total = 0;
  for (const d of digits.slice(0, -1)) total = (total + Number(d)) * 2;
  const result = (12 - (total % 11)) % 11;
  return digits.slice(-1).toUpperCase() === (result === 10 ? 'X' : String(result));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
