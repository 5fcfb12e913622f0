/**
 * Cold builds of examples/seed: median wall time of N runs (default 10; the aim is under 0.3 s).
 * Usage: tsx bench/seed.ts [--runs 10] [--site examples/seed] [--save]
 * The site is copied to the work folder first so the build never writes into the repository.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultWorkDir, intFlag, parseFlags } from './generate.js';
import { measure, median } from './measure.js';
import { machineInfo, resultsPath } from './report.js';
import { detectTools, ROOT } from './tools.js';

const flags = parseFlags(process.argv.slice(2), ['runs', 'site'], ['save']);
const runs = intFlag(flags, 'runs', 10);
const source = resolve(ROOT, flags.get('site') ?? 'examples/seed');
const vita = detectTools().find((t) => t.name === 'vita')!;
if (vita.missing) {
  console.error(`cannot run: ${vita.missing}`);
  process.exit(1);
}
if (!existsSync(source)) {
  console.error(`cannot run: ${source} does not exist`);
  process.exit(1);
}

const site = join(defaultWorkDir(), 'seed');
rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
cpSync(source, site, { recursive: true, filter: (path) => !/[/\\](_site|node_modules)$/.test(path) });
const out = join(site, '_site');

const walls: number[] = [];
const cpus: number[] = [];
const rss: number[] = [];
for (let i = -1; i < runs; i++) {
  vita.clean(site, out);
  const m = measure(vita.invocation(site, out));
  if (!m.ok) {
    console.error(`build failed:\n${m.error}`);
    process.exit(1);
  }
  if (i < 0) continue; // the first run only warms the OS file cache
  walls.push(m.wall);
  if (m.cpu !== undefined) cpus.push(m.cpu);
  if (m.rssMb !== undefined) rss.push(m.rssMb);
  console.error(`  run ${i + 1}/${runs}: ${m.wall.toFixed(3)} s`);
}
vita.clean(site, out);

const wall = median(walls);
const lines = [
  `${vita.label}, cold build of ${flags.get('site') ?? 'examples/seed'}, median of ${runs}:`,
  `  wall ${wall.toFixed(3)} s (min ${Math.min(...walls).toFixed(3)}, max ${Math.max(...walls).toFixed(3)})` +
    `${cpus.length ? `, CPU ${median(cpus).toFixed(3)} s` : ''}${rss.length ? `, peak RSS ${median(rss).toFixed(0)} MB` : ''}`,
  `  aim under 0.300 s: ${wall < 0.3 ? 'met' : 'not met'}`,
];
console.log(lines.join('\n'));
if (flags.has('save')) {
  const file = resultsPath(ROOT, 'seed');
  writeFileSync(file, `# Seed example, cold build\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n\n${machineInfo().join('\n')}\n`);
  console.error(`wrote ${file}`);
}
