import type { ProfileKind } from '../../model/types.js';
import { brandIconPath, isBrandIcon, type BrandIconName } from './brand-icons.js';
import { genericIconPaths, isGenericIcon, type GenericIconName } from './generic-icons.js';

export type IconName = BrandIconName | GenericIconName;

/** True when the theme can draw an icon called `name` (e.g. a `Link.icon` from data). */
export function isIconName(name: string): name is IconName {
  return isBrandIcon(name) || isGenericIcon(name);
}

/** The icon shown beside each kind of profile link. */
export function profileIcon(kind: ProfileKind): IconName {
  if (kind === 'website') return 'globe';
  if (kind === 'cv') return 'file';
  return kind;
}

/**
 * An inline SVG icon, decorative only: the surrounding link or button carries the accessible name,
 * so the SVG is hidden from assistive technology and never takes focus.
 */
export function Icon({ name, class: className }: { name: IconName; class?: string }) {
  const cls = className ? `icon ${className}` : 'icon';
  if (isBrandIcon(name)) {
    return (
      <svg class={cls} viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
        <path fill="currentColor" d={brandIconPath(name)} />
      </svg>
    );
  }
  return (
    <svg class={cls} viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"
      fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
      {genericIconPaths(name).map((d) => <path d={d} />)}
    </svg>
  );
}
