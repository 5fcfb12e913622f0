import { checkUrl } from '../../validate/url.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { Link } from '../types.js';

/** al-folio's per-paper URL fields, in the order their buttons appear, with label and icon. */
export const LINK_FIELDS: readonly { field: string; label: string; text?: MessageKey; icon: string }[] = [
  { field: 'arxiv', label: 'arXiv', icon: 'arxiv' },
  { field: 'pdf', label: 'PDF', icon: 'pdf' },
  { field: 'html', label: 'HTML', icon: 'link' },
  { field: 'doi', label: 'DOI', icon: 'link' },
  { field: 'supp', label: 'Supp', text: 'link_supp', icon: 'file' },
  { field: 'code', label: 'Code', text: 'link_code', icon: 'code' },
  { field: 'website', label: 'Website', text: 'link_website', icon: 'globe' },
  { field: 'slides', label: 'Slides', text: 'link_slides', icon: 'file' },
  { field: 'poster', label: 'Poster', text: 'link_poster', icon: 'file' },
  { field: 'video', label: 'Video', text: 'link_video', icon: 'youtube' },
  { field: 'blog', label: 'Blog', text: 'link_blog', icon: 'link' },
  { field: 'url', label: 'Link', text: 'link_url', icon: 'link' },
];

// al-folio keeps bare file names under these folders; a site that copies al-folio's assets/ into static/ keeps working.
const BARE_FILE_DIRS: Record<string, string> = {
  pdf: '/assets/pdf/', supp: '/assets/pdf/', slides: '/assets/pdf/', poster: '/assets/pdf/', preview: '/assets/img/publication_preview/',
};

/** The link target for a field value: arXiv ids and DOIs expanded, al-folio bare file names placed; undefined if unusable. */
export function fieldUrl(field: string, value: string): { url: string } | { problem: string } {
  const v = value.trim();
  if (field === 'arxiv') return { url: `https://arxiv.org/abs/${arxivId(v)}` };
  if (field === 'doi') return { url: `https://doi.org/${doiOf(v)}` };
  const problem = checkUrl(v);
  if (problem) return { problem };
  if (/^[a-z][a-z0-9+.-]*:/i.test(v) || v.startsWith('/')) return { url: v };
  const dir = BARE_FILE_DIRS[field];
  return { url: (dir ?? '/') + v.replace(/^\.\//, '') };
}

/** `arXiv:2411.14205v2` or an arxiv.org URL → `2411.14205v2`. */
export function arxivId(value: string): string {
  return value.trim().replace(/^https?:\/\/(www\.)?arxiv\.org\/(abs|pdf)\//i, '').replace(/\.pdf$/i, '').replace(/^arxiv:/i, '');
}

/** `https://doi.org/10.1/x` or `doi:10.1/x` → `10.1/x`. */
export function doiOf(value: string): string {
  return value.trim().replace(/^https?:\/\/(dx\.)?doi\.org\//i, '').replace(/^doi:\s*/i, '');
}

/** Icon for a free-labelled link, guessed from its host. */
export function iconForUrl(url: string): string {
  if (/^https?:\/\/(www\.)?github\.com\//i.test(url)) return 'github';
  if (/^https?:\/\/(www\.)?gitlab\.com\//i.test(url)) return 'gitlab';
  if (/^https?:\/\/(www\.)?arxiv\.org\//i.test(url)) return 'arxiv';
  if (/^https?:\/\/(www\.)?(youtube\.com|youtu\.be)\//i.test(url)) return 'youtube';
  if (/^https?:\/\/(www\.)?huggingface\.co\//i.test(url)) return 'huggingface';
  if (/\.pdf$/i.test(url)) return 'pdf';
  return 'link';
}

/** Appends a link unless one with the same URL is already there (a `url` field often repeats the DOI). */
export function addLink(links: Link[], link: Link): void {
  if (!links.some((l) => l.url === link.url)) links.push(link);
}
