import type { CheckContext } from './context.js';

/** Images without an `alt` attribute: screen readers read out the file name instead. `alt=""` marks decoration. */
export function checkImageAlt(ctx: CheckContext): void {
  for (const page of ctx.site.pages) {
    for (const tag of page.scan.tags) {
      if (tag.name !== 'img' || tag.attrs.has('alt')) continue;
      const src = tag.attrs.get('src')?.value ?? '';
      const { file, position } = ctx.locate(page, tag.offset, src || undefined);
      ctx.bag.error('image-alt', file, position, `Image "${src}" has no alt text.`,
        'Describe the image in alt="…" (Markdown: ![description](url)), or write alt="" when it is only decoration.');
    }
  }
}
