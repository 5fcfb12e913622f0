/**
 * CPU time of one cold markdown-it pass over N generated posts, per plugin set, each in a fresh process
 * (a cold build never gets a warm JIT). Usage: tsx bench/micro/markdown.ts [--pages 4000]
 * [--repeat 3] [--module PATH/TO/markdown-it/entry.mjs] — the last lets another markdown-it version be compared;
 * each cell is the median of --repeat fresh processes.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { makePosts } from '../content.js';
import { intFlag, parseFlags } from '../generate.js';
import { median } from '../measure.js';

const CONFIGS = ['plain', 'heading-ids', 'emoji', 'footnote', 'vita-set'] as const;
type Config = (typeof CONFIGS)[number];

const flags = parseFlags(process.argv.slice(2), ['pages', 'module', 'config', 'repeat']);
const repeat = intFlag(flags, 'repeat', 3);
const pages = intFlag(flags, 'pages', 4000);
const require = createRequire(import.meta.url);
const moduleUrl = pathToFileURL(flags.get('module') ?? require.resolve('markdown-it').replace(/\.cjs\.js$/, '.mjs')).href;

async function measureOne(config: Config): Promise<void> {
  type Md = { render(src: string): string; use(plugin: unknown, options?: unknown): Md };
  const MarkdownIt = (await import(moduleUrl)).default as new (options: object) => Md;
  const md = new MarkdownIt({ html: true, linkify: config !== 'plain' });
  if (config === 'heading-ids' || config === 'vita-set') md.use((await import('../../src/render/markdown/heading-ids.js')).headingIdsPlugin);
  if (config === 'emoji' || config === 'vita-set') md.use((await import('markdown-it-emoji')).full);
  if (config === 'footnote' || config === 'vita-set') md.use((await import('markdown-it-footnote')).default);
  const bodies = makePosts(pages).map((p) => p.body);
  const passes: number[] = [];
  for (let pass = 0; pass < 2; pass++) {
    const start = process.cpuUsage();
    for (const body of bodies) md.render(body);
    const used = process.cpuUsage(start);
    passes.push((used.user + used.system) / 1000);
  }
  process.stdout.write(`${passes[0]!.toFixed(0)} ${passes[1]!.toFixed(0)}\n`);
}

const only = flags.get('config');
if (only) {
  if (!(CONFIGS as readonly string[]).includes(only)) throw new Error(`--config must be one of ${CONFIGS.join(', ')}`);
  await measureOne(only as Config);
} else {
  console.log(`markdown-it from ${moduleUrl}, ${pages} posts (~1 KB each); CPU ms of one pass, median of ${repeat} processes\n`);
  console.log('| plugins | cold pass | second pass |\n|---|---|---|');
  for (const config of CONFIGS) {
    const args = [...process.execArgv, process.argv[1]!, '--pages', String(pages), '--config', config, ...(flags.has('module') ? ['--module', flags.get('module')!] : [])];
    const colds: number[] = [];
    const warms: number[] = [];
    for (let i = 0; i < repeat; i++) {
      const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
      const [cold, warm] = r.stdout.trim().split(' ').map(Number);
      if (cold === undefined || warm === undefined || Number.isNaN(cold)) throw new Error(`${config} failed: ${r.stderr.trim().split('\n').pop()}`);
      colds.push(cold);
      warms.push(warm);
    }
    console.log(`| ${config} | ${median(colds).toFixed(0)} ms | ${median(warms).toFixed(0)} ms |`);
  }
}
