/** sRGB colours as `#rrggbb`: parsing, WCAG contrast, and moves in lightness that keep the hue. */

export type Rgb = [number, number, number];

/** `#abc` or `#aabbcc` (any case) as 0–255 channels. */
export function parseHex(hex: string): Rgb {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? h.split('').map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

/** `#rrggbb` in lower case. */
export function toHex(rgb: Rgb): string {
  return '#' + rgb.map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0')).join('');
}

function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => { const c = v / 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(parseHex(a)), luminance(parseHex(b))].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** `a` mixed with `b`: weight 0 is `a`, 1 is `b`. */
export function mix(a: string, b: string, weight: number): string {
  const [x, y] = [parseHex(a), parseHex(b)];
  return toHex(x.map((v, i) => v + (y[i]! - v) * weight) as Rgb);
}

type Hsl = [number, number, number];

function toHsl([r, g, b]: Rgb): Hsl {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B), min = Math.min(R, G, B);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === R ? (G - B) / d + (G < B ? 6 : 0) : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
  return [h / 6, s, l];
}

function fromHsl([h, s, l]: Hsl): Rgb {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [channel(h + 1 / 3) * 255, channel(h) * 255, channel(h - 1 / 3) * 255];
}

/** The colour with its HSL lightness set to `l` (0–1), hue and saturation kept. */
export function withLightness(hex: string, l: number): string {
  const [h, s] = toHsl(parseHex(hex));
  return toHex(fromHsl([h, s, Math.min(1, Math.max(0, l))]));
}

/** The colour with its HSL saturation lowered to `max` when it is higher. */
export function withSaturationAtMost(hex: string, max: number): string {
  const [h, s, l] = toHsl(parseHex(hex));
  return s <= max ? toHex(parseHex(hex)) : toHex(fromHsl([h, max, l]));
}

/** HSL lightness of a colour (0–1). */
export function lightnessOf(hex: string): number {
  return toHsl(parseHex(hex))[2];
}

/**
 * The colour of the same hue and saturation whose lightness is nearest to `hex`'s while `passes` holds,
 * searching darker (`toward: 'dark'`) or lighter; undefined when even black or white does not pass.
 */
export function nearestPassing(hex: string, toward: 'dark' | 'light', passes: (candidate: string) => boolean): string | undefined {
  if (passes(toHex(parseHex(hex)))) return toHex(parseHex(hex));
  const start = lightnessOf(hex);
  let lo = toward === 'dark' ? 0 : start, hi = toward === 'dark' ? start : 1;
  const end = withLightness(hex, toward === 'dark' ? 0 : 1);
  if (!passes(end)) return undefined;
  // Bisect on lightness: the passing side is below (dark) or above (light) the boundary.
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    const ok = passes(withLightness(hex, mid));
    if (toward === 'dark') { if (ok) lo = mid; else hi = mid; } else if (ok) hi = mid; else lo = mid;
  }
  const found = withLightness(hex, toward === 'dark' ? lo : hi);
  return passes(found) ? found : end;
}
