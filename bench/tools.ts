/** The generators under test: how to find each one, its version, and how to run one cold build. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteDirs } from './generate.js';
import type { Invocation } from './measure.js';

/** The repository root (bench/..). */
export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
/** Where the bare loop is compiled to plain JS (gitignored). */
export const BARE_JS = join(ROOT, 'bench', 'work', 'bare-loop.mjs');
const ELEVENTY = join(ROOT, 'bench', 'tools', 'eleventy', 'node_modules', '@11ty', 'eleventy');

export type ToolName = keyof SiteDirs;

export interface Tool {
  name: ToolName;
  /** Column label, e.g. `Hugo 0.111.3`. */
  label: string;
  /** Why the tool is skipped, when it is. */
  missing?: string;
  /** The command for one build of `site` into `out`. */
  invocation(site: string, out: string): Invocation;
  /** Removes the output and every cache the tool keeps, so the next build is cold. */
  clean(site: string, out: string): void;
}

function firstLine(cmd: string, args: string[]): string | undefined {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split('\n')[0] : undefined;
}

function rm(...paths: string[]): void {
  for (const p of paths) rmSync(p, { recursive: true, force: true });
}

function packageVersion(dir: string): string | undefined {
  const file = join(dir, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
}

/** Every tool in table order, each marked missing when it cannot run here. */
export function detectTools(): Tool[] {
  const hugo = firstLine('hugo', ['version'])?.match(/v(\d+\.\d+\.\d+)/)?.[1];
  const jekyll = firstLine('jekyll', ['--version'])?.replace(/^jekyll /, '');
  const eleventy = packageVersion(ELEVENTY);
  const markdownIt = packageVersion(join(ROOT, 'node_modules', 'markdown-it'));
  const vitaBuilt = existsSync(join(ROOT, 'dist', 'cli', 'main.js'));
  // dist/ is compiled from the working tree, which may hold uncommitted work: say so in the label.
  const dirty = spawnSync('git', ['-C', ROOT, 'status', '--porcelain', '--', 'src'], { encoding: 'utf8' }).stdout?.trim() ? '+dirty' : '';
  const commit = (firstLine('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']) ?? 'unknown') + dirty;
  return [
    {
      name: 'vita',
      label: `Vita ${packageVersion(ROOT)} (${commit})`,
      ...(vitaBuilt ? {} : { missing: 'dist/cli/main.js is missing: `vita build` is not built yet (npm run build)' }),
      // The `vita` command as installed on Linux: bin/vita.js read by sh, which starts from the snapshot when it can
      // (an installed Vita's bin/vita.js gets a #!/bin/sh line once its snapshot is made; a checkout keeps node's).
      invocation: (site, out) => ({ cmd: 'sh', args: [join(ROOT, 'bin', 'vita.js'), 'build', site, '--out', out], cwd: site }),
      clean: (site, out) => rm(out, ...tmpSiblings(site)),
    },
    {
      name: 'hugo',
      label: `Hugo ${hugo ?? ''}`.trim(),
      ...(hugo ? {} : { missing: 'hugo not found (apt-get install hugo)' }),
      invocation: (site, out) => ({ cmd: 'hugo', args: ['--quiet', '-s', site, '-d', out, '--cacheDir', join(site, '.hugo-cache')], cwd: site }),
      clean: (site, out) => rm(out, join(site, '.hugo-cache'), join(site, 'resources'), join(site, '.hugo_build.lock')),
    },
    {
      name: 'jekyll',
      label: `Jekyll ${jekyll ?? ''}`.trim(),
      ...(jekyll ? {} : { missing: 'jekyll not found (apt-get install jekyll)' }),
      invocation: (site, out) => ({ cmd: 'jekyll', args: ['build', '--quiet', '-s', site, '-d', out], cwd: site }),
      clean: (site, out) => rm(out, join(site, '.jekyll-cache'), join(site, '.jekyll-metadata')),
    },
    {
      name: 'eleventy',
      label: `Eleventy ${eleventy ?? ''}`.trim(),
      ...(eleventy ? {} : { missing: 'Eleventy not installed: npm install --prefix bench/tools/eleventy @11ty/eleventy@3' }),
      invocation: (site, out) => ({ cmd: process.execPath, args: [join(ELEVENTY, 'cmd.cjs'), '--quiet', '--input=.', `--output=${out}`], cwd: site }),
      clean: (site, out) => rm(out, join(site, '.cache')),
    },
    {
      name: 'bare',
      label: `bare markdown-it ${markdownIt ?? ''} loop`,
      invocation: (site, out) => ({ cmd: process.execPath, args: [BARE_JS, site, out], cwd: site }),
      clean: (_site, out) => rm(out),
    },
  ];
}

/** Vita builds into a `.vita-tmp-*` folder and swaps it in; a crashed run could leave one behind. */
function tmpSiblings(site: string): string[] {
  return readdirSync(site).filter((name) => name.startsWith('.vita-tmp')).map((name) => join(site, name));
}
