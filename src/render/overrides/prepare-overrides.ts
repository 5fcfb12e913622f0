import type { DiagnosticBag, Position } from '../../diagnostics/diagnostic.js';
import type { Site, ThemeFile } from '../../model/types.js';
import { COMPONENTS, type ComponentName } from '../../validate/schemas/theme.js';
import { markupProblem } from './check-markup.js';
import { COMPONENT_SPECS } from './components.js';
import { liquidEngine } from './liquid-engine.js';
import { commonProps, PROPS_VERSION } from './props/common.js';

/** What the owner's templates drew, by component and by the model object drawn; read by the components they replace. */
type Drawn = Map<ComponentName, ReadonlyMap<object, string>>;

const drawn = new WeakMap<Site, Drawn>();

/**
 * The owner's drawing of each thing component `name` draws (each publication, talk …), once `drawOverrides`
 * has run for this Site; undefined when the site does not replace that component (or its template failed).
 */
export function drawnOf<T extends object>(site: Site, name: ComponentName): ReadonlyMap<T, string> | undefined {
  return drawn.get(site)?.get(name) as ReadonlyMap<T, string> | undefined;
}

/** True when the site replaces any component (its templates need liquidjs loaded first). */
export function hasOverrides(site: Site): boolean {
  return Object.keys(site.theme?.components ?? {}).length > 0;
}

/**
 * Renders every component template of the site once per thing it draws (every publication, every talk, the
 * profile …), before any page is rendered, so each problem is reported once, at the template's line and column,
 * with the props the template can use.
 */
export function drawOverrides(site: Site, bag: DiagnosticBag): void {
  const components = site.theme?.components ?? {};
  const common = commonProps(site);
  const result: Drawn = new Map();
  for (const name of COMPONENTS) {
    const file = components[name];
    const draw = file && compile(file, name, bag);
    if (!draw) continue;
    const { variable, items, props } = COMPONENT_SPECS[name];
    const out = new Map<object, string>();
    let failed = false;
    for (const item of items(site)) {
      const html = draw({ ...common, [variable]: props(item, site) });
      if (html === undefined) {
        failed = true; // reported once, not once per item
        break;
      }
      out.set(item, html);
    }
    if (!failed) result.set(name, out);
  }
  drawn.set(site, result);
}

type Draw = (scope: Record<string, unknown>) => string | undefined;

// Parses a template; its problems become diagnostics at the template's line:col.
function compile(file: ThemeFile, name: ComponentName, bag: DiagnosticBag): Draw | undefined {
  const engine = liquidEngine();
  let template: ReturnType<typeof engine.parse>;
  try {
    template = engine.parse(file.text, file.file);
  } catch (error) {
    report(error, file, name, bag);
    return undefined;
  }
  return (scope) => {
    let html: string;
    try {
      html = engine.renderSync(template, scope) as string;
    } catch (error) {
      report(error, file, name, bag);
      return undefined;
    }
    const problem = markupProblem(html);
    if (problem) {
      bag.error('override-markup', file.file, positionOfText(file.text, problem.tag, problem.nth),
        `The ${label(name)} template makes broken HTML: ${problem.message}.`,
        'An override draws one whole element: close every tag it opens, and no tag it did not open.');
      return undefined;
    }
    return html;
  };
}

function report(error: unknown, file: ThemeFile, name: ComponentName, bag: DiagnosticBag): void {
  const e = error as { message?: string; originalError?: Error; token?: { getPosition(): number[] } };
  const [line, col] = e.token?.getPosition() ?? [1, 1];
  const reason = (e.originalError?.message ?? e.message ?? String(error)).replace(/, (file|line|col):.*$/s, '').replace(/\s*\n[\s\S]*$/, '');
  const { variable, keys } = COMPONENT_SPECS[name];
  bag.error('override-error', file.file, { line: line ?? 1, col: col ?? 1 }, `The ${label(name)} template failed: ${reason}.`,
    `It can use ${keys.map((k) => `${variable}.${k}`).join(', ')}, and site.title, site.url, site.base_path, site.language ` +
    `(props version ${PROPS_VERSION}, see docs/theming.md#${name}).`);
}

function label(name: ComponentName): string {
  return name.replace('_', ' ');
}

// Where the template writes the tag the problem is at: its nth appearance, or its last when the output repeats
// it (a loop); 1:1 when the template never writes it (it came from a variable).
function positionOfText(text: string, needle: string, nth: number): Position {
  const lower = text.toLowerCase();
  let at = -1;
  for (let i = 0, from = 0; i <= nth; i++) {
    const next = lower.indexOf(needle, from);
    if (next < 0) break;
    at = next;
    from = next + 1;
  }
  if (at < 0) return { line: 1, col: 1 };
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
}
