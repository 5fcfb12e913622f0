import { checkUrl } from '../validate/url.js';
import type { ProfileKind, ProfileLink } from './types.js';

interface KindInfo {
  label: string;
  /** Builds a URL from a bare handle or id; a value that already is a URL is used as it is. */
  fromHandle?: (handle: string) => string | undefined;
}

const enc = encodeURIComponent;

const KINDS: Record<ProfileKind, KindInfo> = {
  scholar: { label: 'Google Scholar', fromHandle: (h) => `https://scholar.google.com/citations?user=${enc(h)}` },
  orcid: { label: 'ORCID', fromHandle: (h) => (/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(h) ? `https://orcid.org/${h}` : undefined) },
  github: { label: 'GitHub', fromHandle: (h) => `https://github.com/${enc(h)}` },
  gitlab: { label: 'GitLab', fromHandle: (h) => `https://gitlab.com/${enc(h)}` },
  arxiv: { label: 'arXiv', fromHandle: (h) => `https://arxiv.org/a/${enc(h)}` },
  semantic_scholar: { label: 'Semantic Scholar', fromHandle: (h) => (/^\d+$/.test(h) ? `https://www.semanticscholar.org/author/${h}` : undefined) },
  dblp: { label: 'DBLP', fromHandle: (h) => (/^[\w-]+\/[\w-]+$/.test(h) ? `https://dblp.org/pid/${h}.html` : undefined) },
  researchgate: { label: 'ResearchGate', fromHandle: (h) => `https://www.researchgate.net/profile/${enc(h)}` },
  linkedin: { label: 'LinkedIn', fromHandle: (h) => `https://www.linkedin.com/in/${enc(h)}` },
  x: { label: 'X (Twitter)', fromHandle: (h) => `https://x.com/${enc(h.replace(/^@/, ''))}` },
  bluesky: { label: 'Bluesky', fromHandle: (h) => `https://bsky.app/profile/${enc(h.replace(/^@/, ''))}` },
  mastodon: {
    label: 'Mastodon',
    fromHandle: (h) => {
      const m = /^@?([\w.]+)@([\w.-]+\.[a-z]{2,})$/i.exec(h);
      return m ? `https://${m[2]}/@${m[1]}` : undefined;
    },
  },
  youtube: { label: 'YouTube', fromHandle: (h) => `https://www.youtube.com/@${enc(h.replace(/^@/, ''))}` },
  huggingface: { label: 'Hugging Face', fromHandle: (h) => `https://huggingface.co/${enc(h)}` },
  zhihu: { label: 'Zhihu', fromHandle: (h) => `https://www.zhihu.com/people/${enc(h)}` },
  wechat: { label: 'WeChat' },
  website: { label: 'Website' },
  cv: { label: 'CV' },
};

/** Display order in the sidebar: academic profiles first, then code, then social. */
export const PROFILE_ORDER: ProfileKind[] = [
  'scholar', 'orcid', 'semantic_scholar', 'dblp', 'arxiv', 'researchgate', 'github', 'gitlab', 'huggingface',
  'linkedin', 'x', 'bluesky', 'mastodon', 'youtube', 'zhihu', 'wechat', 'website', 'cv',
];

export type ProfileLinkResult = { ok: true; link: ProfileLink } | { ok: false; reason: string };

/** Turns a `links:` entry of site.yml (a handle, an id or a URL) into a full profile link. */
export function profileLink(kind: ProfileKind, value: string): ProfileLinkResult {
  const info = KINDS[kind];
  const trimmed = value.trim();
  if (/^https?:/i.test(trimmed) || /^[/\\]/.test(trimmed) || /^mailto:/i.test(trimmed)) {
    // Something meant as a URL passes the same check as every other URL in data.
    const problem = checkUrl(value);
    if (problem) return { ok: false, reason: `The URL "${trimmed}" ${problem}` };
    return { ok: true, link: { kind, url: trimmed, label: info.label } };
  }
  const url = info.fromHandle?.(trimmed);
  if (!url) return { ok: false, reason: `"${trimmed}" is not a ${info.label} ${info.fromHandle ? 'id' : 'URL'} Vita recognises` };
  return { ok: true, link: { kind, url, label: info.label } };
}
