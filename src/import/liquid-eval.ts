/**
 * Evaluates the little Liquid that only reads `_config.yml` or the page's front matter
 * (`site.author.github`, `site.talkmap_link == true`, `page.title`). `scope` is `{ site, page }`.
 */

type Value = unknown;
const NOT_EVALUABLE = Symbol('not evaluable');

// Variables Jekyll computes while building: their values are not in any file the importer reads.
const COMPUTED_SITE = new Set(['time', 'pages', 'posts', 'related_posts', 'static_files', 'html_pages', 'html_files', 'collections', 'data', 'documents', 'categories', 'tags', 'publications', 'talks', 'teaching', 'portfolio', 'drafts']);

/** The value of `site.a.b` (config) or `page.a` (front matter), or NOT_EVALUABLE for anything else. */
function lookup(expr: string, scope: Record<string, unknown>): Value | typeof NOT_EVALUABLE {
  const m = /^(site|page)((?:\.[A-Za-z_][\w-]*)+)$/.exec(expr.trim());
  if (!m) return literal(expr.trim());
  const keys = m[2]!.slice(1).split('.');
  const root = scope[m[1]!] as Record<string, unknown> | undefined;
  if (m[1] === 'site' && COMPUTED_SITE.has(keys[0]!) && !(root && keys[0]! in root)) return NOT_EVALUABLE;
  // A page variable missing from the front matter is one Jekyll computes (url, content, path).
  if (m[1] === 'page' && !(root && keys[0]! in root)) return NOT_EVALUABLE;
  let cur: unknown = root;
  for (const key of keys) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[key] : undefined;
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
export function evaluateCondition(condition: string, scope: Record<string, unknown>): boolean | undefined {
  const parts = condition.split(/\s+(and|or)\s+/);
  let result: boolean | undefined;
  let op = 'and';
  for (let i = 0; i < parts.length; i += 2) {
    const one = evaluateComparison(parts[i]!, scope);
    if (one === undefined) return undefined;
    result = result === undefined ? one : op === 'and' ? result && one : result || one;
    op = parts[i + 1] ?? op;
  }
  return result;
}

function evaluateComparison(text: string, scope: Record<string, unknown>): boolean | undefined {
  const m = /^(.+?)\s*(==|!=|<>)\s*(.+)$/.exec(text.trim());
  if (!m) {
    const v = lookup(text, scope);
    return v === NOT_EVALUABLE ? undefined : truthy(v);
  }
  const a = lookup(m[1]!, scope), b = lookup(m[3]!, scope);
  if (a === NOT_EVALUABLE || b === NOT_EVALUABLE) return undefined;
  const equal = (a ?? null) === (b ?? null) || (a !== null && b !== null && String(a) === String(b) && typeof a === typeof b);
  return m[2] === '==' ? equal : !equal;
}

/** The text `{{ site.a.b }}` or `{{ page.a }}` prints, or undefined when it reads anything but a scalar in the files. */
export function evaluateOutput(expr: string, scope: Record<string, unknown>): string | undefined {
  if (expr.includes('|')) return undefined;
  if (!/^(site|page)(\.[A-Za-z_][\w-]*)+$/.test(expr.trim())) return undefined;
  const v = lookup(expr, scope);
  if (v === NOT_EVALUABLE) return undefined;
  if (v === null || v === undefined) return '';
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}
