import { Icon } from '../icons/icon.js';

/**
 * The light/dark switch. Rendered `hidden` because it needs theme/vita.js, which un-hides it;
 * without JavaScript the page simply follows the system setting.
 */
export function ThemeToggle({ label }: { label: string }) {
  return (
    <button class="theme-toggle" type="button" data-theme-toggle="" aria-pressed="false" hidden>
      <Icon name="moon" class="theme-toggle__moon" />
      <Icon name="sun" class="theme-toggle__sun" />
      <span class="sr-only">{label}</span>
    </button>
  );
}
