/**
 * The colour variables of academicpages' `_sass` files, resolved the way Sass would for the plain cases
 * (hex, rgb(), white/black, a reference to another variable, mix()). Knowing the stock values tells an owner's
 * change from the theme's own computed colours.
 */

/** One colour variable: its resolved value and where the owner's files set it last. */
export interface SassColour { value: string; rel?: string; line?: number }

// The stock theme's values for the variables the importer reads (as academicpages ships them).
const STOCK: Record<string, string> = {
  gray: '#7a8288', 'dark-gray': 'mix(#000, $gray, 40%)', 'lighter-gray': 'mix(#fff, $gray, 90%)',
  'background-color': '#fff', 'text-color': '$dark-gray', 'border-color': '$lighter-gray',
  'primary-color': '#7a8288', 'info-color': '#52adc8', 'link-color': '$info-color',
  'masthead-link-color': '$primary-color',
};

/** Every colour variable of the files (later definitions win), on top of the stock ones. */
export function sassColours(files: ReadonlyArray<{ rel: string; text: string }>): Map<string, SassColour> {
  const raw = new Map<string, { expr: string; rel?: string; line?: number }>();
  for (const [name, expr] of Object.entries(STOCK)) raw.set(name, { expr });
  for (const { rel, text } of files) {
    const clean = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/\/\/[^\n]*/g, '');
    for (const m of clean.matchAll(/^[ \t]*\$([\w-]+)[ \t]*:[ \t]*([^;\n]+?)[ \t]*(?:!default[ \t]*)?;/gm)) {
      raw.set(m[1]!, { expr: m[2]!, rel, line: clean.slice(0, m.index).split('\n').length });
    }
  }
  const out = new Map<string, SassColour>();
  for (const [name, def] of raw) {
    const value = evaluate(def.expr, raw, new Set([name]));
    if (value) out.set(name, { value, ...(def.rel ? { rel: def.rel, line: def.line! } : {}) });
  }
  return out;
}

// Values forks from 2024 on ship (`_sass/theme/_default_light.scss`): a darker teal for links and the masthead.
const NEWER_STOCK: Record<string, string> = {
  'primary-color': '#2f7f93', 'info-color': '#2f7f93', 'link-color': '#2f7f93',
};

/** True when `value` is what a stock fork gives the variable `name` (older forks compute the link colour). */
export function isStockColour(name: string, value: string): boolean {
  if (NEWER_STOCK[name] === value) return true;
  const info = stockValue('info-color')!;
  if (name === 'link-color') return value === info || value === mix('#000000', info, 20);
  return value === stockValue(name);
}

function stockValue(name: string): string | undefined {
  const raw = new Map(Object.entries(STOCK).map(([k, expr]) => [k, { expr }]));
  return STOCK[name] === undefined ? undefined : evaluate(STOCK[name]!, raw, new Set([name]));
}

function evaluate(expr: string, vars: Map<string, { expr: string }>, seen: Set<string>): string | undefined {
  const e = expr.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(e);
  if (hex) return normalHex(hex[1]!);
  if (/^white$/i.test(e)) return '#ffffff';
  if (/^black$/i.test(e)) return '#000000';
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/i.exec(e);
  if (rgb) return toHex([Number(rgb[1]), Number(rgb[2]), Number(rgb[3])]);
  const ref = /^\$([\w-]+)$/.exec(e);
  if (ref) {
    const def = vars.get(ref[1]!);
    if (!def || seen.has(ref[1]!)) return undefined;
    return evaluate(def.expr, vars, new Set([...seen, ref[1]!]));
  }
  const m = /^mix\(\s*([^,]+?)\s*,\s*([^,]+?)\s*,\s*(\d+(?:\.\d+)?)%\s*\)$/i.exec(e);
  if (m) {
    const a = evaluate(m[1]!, vars, seen);
    const b = evaluate(m[2]!, vars, seen);
    return a && b ? mix(a, b, Number(m[3])) : undefined;
  }
  return undefined;
}

// Sass's mix($a, $b, $weight): $weight percent of $a, the rest of $b (both opaque).
function mix(a: string, b: string, weight: number): string {
  const w = weight / 100;
  const ca = channels(a);
  const cb = channels(b);
  return toHex(ca.map((v, i) => Math.round(v * w + cb[i]! * (1 - w))));
}

function normalHex(digits: string): string {
  const six = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return '#' + six.toLowerCase();
}

function channels(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

function toHex(values: number[]): string {
  return '#' + values.map((v) => Math.max(0, Math.min(255, v)).toString(16).padStart(2, '0')).join('');
}
