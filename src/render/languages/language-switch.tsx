import { renderToString } from 'preact-render-to-string';
import type { Site } from '../../model/types.js';
import { withBase } from '../components/site-url.js';

/**
 * The header's language switcher of a multilingual site: one link per language, to this page in that language,
 * or to that language's home page when the page has no translation. Empty on a site with one language.
 */
export function languageSwitchHtml(site: Site, pageUrl: string | undefined): string {
  const languages = site.languages;
  if (!languages) return '';
  const versions = pageUrl !== undefined ? languages.versions[pageUrl] ?? [] : [];
  const { basePath } = site.config;
  return renderToString(
    <nav class="language-switch" aria-label={site.ui.messages.languages}>
      <ul>
        {languages.all.map((language) => {
          const current = language.tag === languages.current.tag;
          const url = versions.find((v) => v.tag === language.tag)?.url ?? (current && pageUrl !== undefined ? pageUrl : language.prefix + '/');
          return (
            <li>
              <a href={withBase(basePath, url)} lang={language.tag} hreflang={language.tag} aria-current={current ? 'page' : undefined}>
                {language.name}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>,
  );
}
