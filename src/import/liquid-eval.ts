/**
 * Evaluates the little Liquid that only reads `_config.yml` or the page's front matter
 * (`site.author.github`, `site.talkmap_link == true`, `page.title`). `scope` is `{ site, page }`.
 */

type Value = unknown;
const NOT_EVALUABLE = Symbol('not evaluable');

// Variables Jekyll computes while building: their values are not in any file the importer reads.
const COMPUTED_SITE = new Set([
  'time', 'pages', 'posts', 'related_posts', 'static_files', 'html_pages', 'html_files', 'collections', 'data',
  'documents', 'categories', 'tags', 'publications', 'talks', 'teaching', 'portfolio', 'drafts',
]);

// Page variables Jekyll computes while building; any other key missing from the front matter is nil.
const COMPUTED_PAGE = new Set([
  'url', 'content', 'path', 'id', 'dir', 'name', 'excerpt', 'next', 'previous', 'collection', 'relative_path', 'output',
]);
const KEYWORDS = ['true', 'false', 'nil', 'null', 'empty', 'blank'];

/**
 * The value of `site.a.b` (config) or `page.a` (front matter); a variable the page never assigns is nil,
 * as in Liquid. NOT_EVALUABLE for values only Jekyll's build knows (site.posts, page.url, loop variables).
 */
function lookup(expr: string, scope: Record<string, unknown>): Value | typeof NOT_EVALUABLE {
  const m = /^(site|page)((?:\.[A-Za-z_][\w-]*)+)$/.exec(expr.trim());
  if (!m) {
    const bare = /^([A-Za-z_][\w-]*)(?:\.[A-Za-z_][\w-]*)*$/.exec(expr.trim());
    const assigned = scope.assigned as ReadonlySet<string> | undefined;
    if (bare && !KEYWORDS.includes(bare[1]!) && assigned && !assigned.has(bare[1]!)) return undefined;
    return literal(expr.trim());
  }
  const keys = m[2]!.slice(1).split('.');
  const root = scope[m[1]!] as Record<string, unknown> | undefined;
  if (m[1] === 'site' && COMPUTED_SITE.has(keys[0]!) && !(root && keys[0]! in root)) return NOT_EVALUABLE;
  if (m[1] === 'page' && COMPUTED_PAGE.has(keys[0]!) && !(root && keys[0]! in root)) return NOT_EVALUABLE;
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
  const sameText = a !== null && b !== null && String(a) === String(b) && typeof a === typeof b;
  const equal = (a ?? null) === (b ?? null) || sameText;
  return m[2] === '==' ? equal : !equal;
}

/**
 * The text an output such as `{{ site.author.name }}`, `{{ page.title }}` or `{{ "/files/cv.pdf" | relative_url }}`
 * prints, or undefined when it reads anything the files do not hold or uses a filter not known here.
 */
export function evaluateOutput(expr: string, scope: Record<string, unknown>): string | undefined {
  const [head = '', ...filters] = splitFilters(expr);
  let v = lookup(head, scope);
  if (v === NOT_EVALUABLE) return undefined;
  for (const f of filters) {
    const m = /^([\w-]+)\s*(?::\s*(.*))?$/.exec(f.trim());
    if (!m) return undefined;
    const arg = m[2] === undefined ? undefined : lookup(m[2], scope);
    if (arg === NOT_EVALUABLE) return undefined;
    const next = applyFilter(m[1]!, v, arg, scope);
    if (next === NOT_EVALUABLE) return undefined;
    v = next;
  }
  if (v === null || v === undefined) return '';
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

// The filters whose result the importer can know; others make the output unevaluable.
function applyFilter(name: string, v: Value, arg: Value, scope: Record<string, unknown>): Value | typeof NOT_EVALUABLE {
  const text = v === null || v === undefined ? '' : String(v);
  const site = (scope.site ?? {}) as Record<string, unknown>;
  switch (name) {
    // The base path is part of Vita's site address, so a site-relative path is written without it.
    case 'relative_url': return text;
    case 'absolute_url':
      if (/^[a-z]+:/i.test(text)) return text;
      return String(site.url ?? '').replace(/\/+$/, '') + (text.startsWith('/') ? text : '/' + text);
    case 'append': return text + (arg ?? '');
    case 'prepend': return (arg ?? '') + text;
    case 'default': return v === null || v === undefined || v === false || v === '' ? arg : v;
    case 'downcase': return text.toLowerCase();
    case 'upcase': return text.toUpperCase();
    case 'strip': return text.trim();
    case 'size': return Array.isArray(v) ? v.length : typeof v === 'string' ? v.length : NOT_EVALUABLE;
    default: return NOT_EVALUABLE;
  }
}

// `a | f: x | g` → ['a', 'f: x', 'g'], leaving quoted pipes alone.
function splitFilters(expr: string): string[] {
  return expr.match(/(?:[^|"']+|"[^"]*"|'[^']*')+/g)?.map((p) => p.trim()) ?? [expr.trim()];
}
