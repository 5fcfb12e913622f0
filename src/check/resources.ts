import { resolveOutputPath, type BuiltPage } from './built-site.js';
import { classifyUrl } from './classify-url.js';
import type { CheckContext } from './context.js';
import type { ScannedTag } from './html-scan.js';

// `<link rel>` values that make the browser fetch the href; `canonical`, `alternate` and the like are links, not loads.
const FETCHED_LINK_RELS = new Set(['stylesheet', 'icon', 'shortcut', 'apple-touch-icon', 'preload', 'modulepreload', 'prefetch', 'manifest', 'mask-icon']);

/** Missing images and files: every `src`, `srcset`, `poster` and fetched `<link href>` must exist in the output. */
export function checkResources(ctx: CheckContext): void {
  for (const page of ctx.site.pages) {
    for (const tag of page.scan.tags) {
      for (const ref of referencesOf(tag)) {
        const target = classifyUrl(ref.url, page.url, ctx.basePath);
        if (target.kind === 'external' || target.kind === 'other') continue;
        if (target.kind === 'internal' && resolveOutputPath(ctx.site, target.path)) continue;
        report(ctx, page, ref, target.path);
      }
    }
  }
}

interface Reference {
  url: string;
  offset: number;
  image: boolean;
}

function report(ctx: CheckContext, page: BuiltPage, ref: Reference, path: string): void {
  const { file, position } = ctx.locate(page, ref.offset, ref.url);
  if (ref.image) {
    ctx.bag.error('missing-image', file, position, `Image "${ref.url}" is not in the built site (looked for ${path}).`,
      'Put the image under static/ (static/images/a.png is served as /images/a.png), or fix the path.');
  } else {
    ctx.bag.error('missing-file', file, position, `File "${ref.url}" is not in the built site (looked for ${path}).`,
      'Put the file under static/ (static/files/cv.pdf is served as /files/cv.pdf), or fix the path.');
  }
}

/** The URLs a tag makes the browser load, each with its offset in the page. */
function referencesOf(tag: ScannedTag): Reference[] {
  const out: Reference[] = [];
  const add = (attr: string, image: boolean) => {
    const a = tag.attrs.get(attr);
    if (!a || a.value.trim() === '') return;
    if (attr === 'srcset') {
      for (const candidate of a.value.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) out.push({ url, offset: a.offset + Math.max(0, a.value.indexOf(url)), image });
      }
    } else out.push({ url: a.value, offset: a.offset, image });
  };
  switch (tag.name) {
    case 'img':
      add('src', true);
      add('srcset', true);
      break;
    case 'source':
      add('src', false);
      add('srcset', true);
      break;
    case 'video':
      add('src', false);
      add('poster', true);
      break;
    case 'audio': case 'iframe': case 'embed': case 'script': case 'track':
      add('src', false);
      break;
    case 'object':
      add('data', false);
      break;
    case 'link': {
      const rels = (tag.attrs.get('rel')?.value ?? '').toLowerCase().split(/\s+/);
      if (rels.some((r) => FETCHED_LINK_RELS.has(r))) add('href', rels.includes('icon') || rels.includes('apple-touch-icon'));
      break;
    }
  }
  return out;
}
