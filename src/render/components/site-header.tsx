import type { Site } from '../../model/types.js';
import type { SearchAssetUrls } from '../search/search-assets.js';
import { SearchButton } from './search-button.js';
import { searchWords } from '../search/search-words.js';
import { ThemeToggle } from './theme-toggle.js';
import { TopNav } from './top-nav.js';

/** The skip link and the bar at the top of every page: site title, navigation, search button (when on), theme toggle. */
export function SiteHeader({ site, current, search }: { site: Site; current: number; search?: SearchAssetUrls | undefined }) {
  const { basePath, title } = site.config;
  return (
    <>
      <a class="skip-link" href="#main">{site.ui.messages.skip_to_content}</a>
      <header class="site-header">
        <div class="site-header__inner">
          <a class="site-title" href={basePath + (site.languages?.current.prefix ?? '') + '/'}>{title}</a>
          <TopNav items={site.navigation} current={current} basePath={basePath} label={site.ui.messages.main_navigation} />
          {search && <SearchButton basePath={basePath} urls={search} label={site.ui.messages.search} words={searchWords(site.ui)} />}
          <ThemeToggle label={site.ui.messages.dark_theme} />
        </div>
      </header>
    </>
  );
}
