/**
 * Line icons drawn for Vita (24×24 grid, stroked with currentColor), for things that are not brands,
 * plus a LinkedIn glyph because simple-icons no longer ships one.
 */

/** A circle as path data, so every icon is a list of `d` strings. */
function circle(cx: number, cy: number, r: number): string {
  return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
}

/** A rounded rectangle as path data. */
function rect(x: number, y: number, w: number, h: number, r: number): string {
  return `M${x + r} ${y}h${w - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${h - 2 * r}a${r} ${r} 0 0 1 ${-r} ${r}` +
    `h${-(w - 2 * r)}a${r} ${r} 0 0 1 ${-r} ${-r}v${-(h - 2 * r)}a${r} ${r} 0 0 1 ${r} ${-r}z`;
}

const FILE = 'M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8zM14 3v5h5';

const GENERIC = {
  email: [rect(3, 5, 18, 14, 2), 'm3.5 7 8.5 6 8.5-6'],
  location: ['M12 21s-7-6.1-7-11.4a7 7 0 0 1 14 0C19 14.9 12 21 12 21z', circle(12, 9.5, 2.5)],
  building: ['M3 9.5 12 4l9 5.5zM5.5 10v7.5M10 10v7.5M14 10v7.5M18.5 10v7.5M3 20.5h18'],
  link: ['M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1', 'M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1'],
  globe: [circle(12, 12, 9), 'M3 12h18M12 3c2.5 2.6 3.7 5.6 3.7 9s-1.2 6.4-3.7 9c-2.5-2.6-3.7-5.6-3.7-9S9.5 5.6 12 3z'],
  pdf: [FILE, 'M12 11v6m-3-3 3 3 3-3'],
  code: ['m8 7-5 5 5 5M16 7l5 5-5 5M13.5 4.5l-3 15'],
  file: [FILE, 'M9 13h6M9 17h4'],
  calendar: [rect(3, 5, 18, 16, 2), 'M3 10h18M8 3v4M16 3v4'],
  copy: [rect(9, 9, 12, 12, 2), 'M5 15H4.5A1.5 1.5 0 0 1 3 13.5v-9A1.5 1.5 0 0 1 4.5 3h9A1.5 1.5 0 0 1 15 4.5V5'],
  sun: [circle(12, 12, 4), 'M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4'],
  moon: ['M20.5 14.5A8.5 8.5 0 1 1 9.5 3.5a6.6 6.6 0 0 0 11 11z'],
  search: [circle(11, 11, 6.5), 'm16 16 4.5 4.5'],
  info: [circle(12, 12, 9), 'M12 11v5.5M12 7.5v.01'],
  bulb: ['M9 18h6M10 21h4M12 3a6 6 0 0 0-3.6 10.8c.7.6 1.1 1.3 1.1 2.2h5c0-.9.4-1.6 1.1-2.2A6 6 0 0 0 12 3z'],
  alert: ['M10.3 4.3 2.6 18a2 2 0 0 0 1.7 3h15.4a2 2 0 0 0 1.7-3L13.7 4.3a2 2 0 0 0-3.4 0zM12 9v4.5M12 17v.01'],
  linkedin: [rect(3, 3, 18, 18, 3), 'M8 10.5V17M8 7.5v.01M12 17v-6.5M12 13.5a2.8 2.8 0 0 1 5.6 0V17'],
} as const;

export type GenericIconName = keyof typeof GENERIC;

/** True when `name` is one of Vita's own line icons. */
export function isGenericIcon(name: string): name is GenericIconName {
  return Object.hasOwn(GENERIC, name);
}

/** The stroked path data of a generic icon. */
export function genericIconPaths(name: GenericIconName): readonly string[] {
  return GENERIC[name];
}
