import { escapeHtml } from '../escape.js';

interface Heading {
  level: 2 | 3;
  id: string;
  text: string;
}

// The page body's h2 and h3 headings with ids (Markdown headings always get one); tags inside are dropped.
function headingsOf(bodyHtml: string): Heading[] {
  const out: Heading[] = [];
  for (const m of bodyHtml.matchAll(/<h([23]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)) {
    const text = m[3]!.replace(/<a [^>]*class="(?:heading|header)-anchor"[^>]*>[\s\S]*?<\/a>/g, '').replace(/<[^>]+>/g, '').trim();
    if (text) out.push({ level: m[1] === '2' ? 2 : 3, id: m[2]!, text });
  }
  return out;
}

/**
 * "On this page" (`title`, in the site's words): a nested list of links to the body's h2 and h3 headings, or '' when it has fewer than two.
 * Ids and text come out of HTML Vita rendered, so they are already escaped; text is taken as it is.
 */
export function tocHtml(bodyHtml: string, title: string): string {
  const headings = headingsOf(bodyHtml);
  if (headings.length < 2) return '';
  let html = '';
  let open = false; // an h3 list is open inside the last h2's item
  headings.forEach((h, i) => {
    const link = `<a href="#${h.id}">${h.text}</a>`;
    if (h.level === 3 && i > 0) {
      html += (open ? '' : '<ol>') + `<li>${link}</li>`;
      open = true;
    } else {
      html += (open ? '</ol></li>' : i > 0 ? '</li>' : '') + `<li>${link}`;
      open = false;
    }
  });
  html += open ? '</ol></li>' : '</li>';
  return `<nav class="toc" aria-labelledby="toc-title"><p class="toc__title" id="toc-title">${escapeHtml(title)}</p><ol>${html}</ol></nav>`;
}
