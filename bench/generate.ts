/**
 * Generates identical benchmark content as a Vita, Hugo, Jekyll and Eleventy site plus the bare loop's input.
 * Usage: tsx bench/generate.ts --pages 1000 [--bib 0] [--vita-posts posts|pages] [--work DIR]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeBib, makePosts } from './content.js';
import { writeBareInput } from './sites/bare.js';
import { writeEleventySite } from './sites/eleventy.js';
import { writeHugoSite } from './sites/hugo.js';
import { writeJekyllSite } from './sites/jekyll.js';
import { writeVitaSite, type VitaPostMode } from './sites/vita.js';

export interface GenerateOptions {
  pages: number;
  bib: number;
  vitaPosts: VitaPostMode;
  work: string;
}

/** Folder of each generated site, keyed by tool name. */
export type SiteDirs = Record<'vita' | 'hugo' | 'jekyll' | 'eleventy' | 'bare', string>;

/** tmpfs when the machine has one, so writes measure the tools and not the disk; else bench/work/. */
export function defaultWorkDir(): string {
  if (existsSync('/dev/shm')) return '/dev/shm/vita-bench';
  return resolve(fileURLToPath(new URL('.', import.meta.url)), 'work');
}

/** Writes all five inputs for one size and returns where they are. */
export function generate(options: GenerateOptions): SiteDirs {
  const posts = makePosts(options.pages);
  const bib = makeBib(options.bib);
  const base = join(options.work, `${options.pages}p-${options.bib}b`);
  const dirs: SiteDirs = {
    vita: join(base, 'vita'),
    hugo: join(base, 'hugo'),
    jekyll: join(base, 'jekyll'),
    eleventy: join(base, 'eleventy'),
    bare: join(base, 'bare'),
  };
  writeVitaSite(dirs.vita, posts, bib, options.vitaPosts);
  writeHugoSite(dirs.hugo, posts, bib);
  writeJekyllSite(dirs.jekyll, posts, bib);
  writeEleventySite(dirs.eleventy, posts, bib);
  writeBareInput(dirs.bare, posts);
  return dirs;
}

/**
 * Reads `--name value` (or `--name=value`) pairs and bare `--switch`es; unknown names are an error so a typo
 * never runs the wrong benchmark. Switches map to `'true'`.
 */
export function parseFlags(args: readonly string[], known: readonly string[], switches: readonly string[] = []): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      // Every bench script shares this parser, so this is where they all learn --help.
      const names = [...known.map((k) => `--${k} VALUE`), ...switches.map((k) => `--${k}`)];
      process.stdout.write(`Options: ${names.join('  ')}\nThe comment at the top of each bench script says what each does.\n`);
      process.exit(0);
    }
    const name = arg.replace(/^--/, '').split('=')[0]!;
    if (arg.startsWith('--') && switches.includes(name)) {
      flags.set(name, 'true');
      continue;
    }
    if (!arg.startsWith('--') || !known.includes(name)) {
      throw new Error(`unknown argument ${arg}; known: ${[...known, ...switches].map((k) => '--' + k).join(' ')}`);
    }
    const inline = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined;
    const value = inline ?? args[++i];
    if (value === undefined) throw new Error(`${arg} needs a value`);
    flags.set(name, value);
  }
  return flags;
}

/** Parses a non-negative integer flag. */
export function intFlag(flags: Map<string, string>, name: string, fallback: number): number {
  const raw = flags.get(name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`--${name} must be a whole number, got ${raw}`);
  return Number(raw);
}

/** Parses `--vita-posts`. */
export function postMode(flags: Map<string, string>): VitaPostMode {
  const mode = flags.get('vita-posts') ?? 'posts';
  if (mode !== 'pages' && mode !== 'posts') throw new Error(`--vita-posts must be pages or posts, got ${mode}`);
  return mode;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flags = parseFlags(process.argv.slice(2), ['pages', 'bib', 'vita-posts', 'work']);
  const dirs = generate({
    pages: intFlag(flags, 'pages', 100),
    bib: intFlag(flags, 'bib', 0),
    vitaPosts: postMode(flags),
    work: flags.get('work') ?? defaultWorkDir(),
  });
  for (const [tool, dir] of Object.entries(dirs)) console.log(`${tool.padEnd(9)} ${dir}`);
}
