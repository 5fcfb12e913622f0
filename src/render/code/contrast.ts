/**
 * Token colours made readable on the theme's code background: shiki's themes were designed for their own
 * backgrounds, and a few of their colours fall below WCAG AA (4.5:1) on ours. Such a colour is mixed
 * toward black (light scheme) or white (dark scheme) just far enough; the rest are left as they are.
 */

/** The theme's code block backgrounds (`--surface-2` in theme/vita.css). */
export const CODE_BACKGROUND = { light: '#f2f3f0', dark: '#23272e' } as const;
const TARGET = 4.6; // a little above 4.5, so rounding in browsers never tips a colour under AA

function channels(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? h.split('').map((c) => c + c).join('') : h.slice(0, 6);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (v: number) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(channels(a)), luminance(channels(b))].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

const cache = new Map<string, string>();

/** `color` itself when it reaches AA on `background`, else the nearest mix toward black or white that does. */
export function readableOn(color: string, background: string, toward: 'black' | 'white'): string {
  const key = `${color}|${background}|${toward}`;
  let out = cache.get(key);
  if (out === undefined) {
    out = color;
    const start = channels(color);
    const end = toward === 'black' ? 0 : 255;
    for (let step = 1; step <= 50 && contrastRatio(out, background) < TARGET; step++) {
      const t = step / 50;
      out = '#' + start.map((v) => Math.round(v + (end - v) * t).toString(16).padStart(2, '0')).join('');
    }
    cache.set(key, out);
  }
  return out;
}
