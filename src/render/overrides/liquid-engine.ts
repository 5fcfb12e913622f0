import type { Liquid } from 'liquidjs';
import { liquidjs } from '../../lazy-modules.js';

// Templates come from the site being built, which may be someone else's repository: they must not read
// files, run code or run away. Liquid has no way to call JavaScript; includes are refused by a file system
// that has no files; output is HTML-escaped unless a template says `| raw`; every render is bounded.
const NO_FILES = {
  exists: async () => false,
  existsSync: () => false,
  readFile: async (): Promise<string> => { throw new Error(NO_INCLUDES); },
  readFileSync: (): string => { throw new Error(NO_INCLUDES); },
  resolve: (_dir: string, file: string) => file,
};
const NO_INCLUDES = 'templates cannot include other files; put everything the component draws in its own template';

/** Longest template accepted, in characters. */
export const PARSE_LIMIT = 100_000;
/** Time one render may take, in milliseconds. */
export const RENDER_LIMIT_MS = 1_000;
// Bounds the strings and arrays a render may build (about 10 MB of text).
const MEMORY_LIMIT = 10_000_000;

let engine: Liquid | undefined;

/** The one Liquid engine component templates run in (liquidjs must be loaded: see `loadLiquid`). */
export function liquidEngine(): Liquid {
  engine ??= new (liquidjs().Liquid)({
    outputEscape: 'escape',
    strictFilters: true,
    strictVariables: true,
    ownPropertyOnly: true,
    fs: NO_FILES,
    root: [],
    partials: [],
    layouts: [],
    relativeReference: false,
    dynamicPartials: false,
    cache: false,
    parseLimit: PARSE_LIMIT,
    renderLimit: RENDER_LIMIT_MS,
    memoryLimit: MEMORY_LIMIT,
  });
  // Refused where they are written, with a reason, rather than as a failed file lookup.
  for (const tag of ['include', 'render', 'layout']) {
    engine.registerTag(tag, { parse() { throw new Error(`{% ${tag} %} is not available: ${NO_INCLUDES}`); }, render() { return ''; } });
  }
  return engine;
}
