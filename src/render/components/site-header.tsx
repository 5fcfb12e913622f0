import type { Site } from '../../model/types.js';
import { ThemeToggle } from './theme-toggle.js';
import { TopNav } from './top-nav.js';

/** The skip link and the bar at the top of every page: site title, navigation, theme toggle. */
export function SiteHeader({ site, current }: { site: Site; current: number }) {
  const { basePath, title } = site.config;
  return (
    <>
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="site-header">
        <div class="site-header__inner">
          <a class="site-title" href={basePath + '/'}>{title}</a>
          <TopNav items={site.navigation} current={current} basePath={basePath} />
          <ThemeToggle />
        </div>
      </header>
    </>
  );
}
