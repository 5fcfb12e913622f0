import type { Footer } from '../../model/types.js';
import { renderInlineMarkdown } from './inline-markdown.js';
import { withBase } from './site-url.js';

/** The footer: the owner's line of inline Markdown and their links (any credit line is the owner's choice). */
export function SiteFooter({ footer, basePath }: { footer: Footer; basePath: string }) {
  return (
    <footer class="site-footer">
      <div class="site-footer__inner">
        {footer.text && <p class="site-footer__text" dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(footer.text) }} />}
        {footer.links.length > 0 && (
          <ul class="site-footer__links">
            {footer.links.map((link) => <li><a href={withBase(basePath, link.url)}>{link.label}</a></li>)}
          </ul>
        )}
      </div>
    </footer>
  );
}
