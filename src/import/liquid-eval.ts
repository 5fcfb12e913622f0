/** Evaluates the little Liquid that only reads `_config.yml` (`site.author.github`, `site.talkmap_link == true`). */

type Value = unknown;
const NOT_EVALUABLE = Symbol('not evaluable');

/** The value of `site.a.b` in the config, or NOT_EVALUABLE for anything else. */
function lookup(expr: string, config: Record<string, unknown>): Value | typeof NOT_EVALUABLE {
  const m = /^site((?:\.[A-Za-z_][\w-]*)+)$/.exec(expr.trim());
  if (!m) return literal(expr.trim());
  let cur: unknown = config;
  for (const key of m[1]!.slice(1).split('.')) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[key] : undefined;
  return cur;
}

function literal(text: string): Value | typeof NOT_EVALUABLE {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'nil' || text === 'null' || text === 'empty') return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const q = /^"([^"]*)"$|^'([^']*)'$/.exec(text);
  return q ? (q[1] ?? q[2]) : NOT_EVALUABLE;
}

// Liquid: only nil and false are falsy. Jekyll configs leave keys empty (nil) to switch them off.
function truthy(v: Value): boolean {
  return v !== null && v !== undefined && v !== false;
}

/** True/false for a condition built from `site.*` values and literals, or undefined when it reads anything else. */
export function evaluateCondition(condition: string, config: Record<string, unknown>): boolean | undefined {
  const parts = condition.split(/\s+(and|or)\s+/);
  let result: boolean | undefined;
  let op = 'and';
  for (let i = 0; i < parts.length; i += 2) {
    const one = evaluateComparison(parts[i]!, config);
    if (one === undefined) return undefined;
    result = result === undefined ? one : op === 'and' ? result && one : result || one;
    op = parts[i + 1] ?? op;
  }
  return result;
}

function evaluateComparison(text: string, config: Record<string, unknown>): boolean | undefined {
  const m = /^(.+?)\s*(==|!=|<>)\s*(.+)$/.exec(text.trim());
  if (!m) {
    const v = lookup(text, config);
    return v === NOT_EVALUABLE ? undefined : truthy(v);
  }
  const a = lookup(m[1]!, config), b = lookup(m[3]!, config);
  if (a === NOT_EVALUABLE || b === NOT_EVALUABLE) return undefined;
  const equal = (a ?? null) === (b ?? null) || (a !== null && b !== null && String(a) === String(b) && typeof a === typeof b);
  return m[2] === '==' ? equal : !equal;
}

/** The text `{{ site.a.b }}` prints, or undefined when the output reads anything but a config scalar. */
export function evaluateOutput(expr: string, config: Record<string, unknown>): string | undefined {
  if (expr.includes('|')) return undefined;
  if (!/^site(\.[A-Za-z_][\w-]*)+$/.test(expr.trim())) return undefined;
  const v = lookup(expr, config);
  if (v === null || v === undefined) return '';
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}
