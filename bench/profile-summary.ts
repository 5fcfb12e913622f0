/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by module, the top functions by self
 * time, and the top Vita functions by inclusive time. Usage: tsx bench/profile-summary.ts FILE [--top 25]
 */
import { readFileSync } from 'node:fs';
import { intFlag, parseFlags } from './generate.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which package or Vita folder a script URL belongs to, e.g. `markdown-it`, `vita:render/layouts`. */
export function moduleOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 14).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const dist = url.indexOf('/dist/');
  if (dist >= 0) {
    const parts = url.slice(dist + 6).split('/');
    return 'vita:' + (parts.length > 2 ? parts.slice(0, 2).join('/') : parts.length === 2 ? parts[0]! : parts[0]!.replace(/\.js$/, ''));
  }
  return url.replace(/^file:\/\//, '');
}

function label(node: ProfileNode): string {
  const f = node.callFrame;
  const file = f.url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '').replace(/^.*\/dist\//, 'dist/');
  return `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : ''}`.trim();
}

function table(title: string, rows: [string, number][], total: number, top: number): string {
  const lines = [`| ${title} | ms | % |`, '|---|---|---|'];
  for (const [name, us] of rows.sort((a, b) => b[1] - a[1]).slice(0, top)) {
    lines.push(`| ${name.replace(/\|/g, '\\|')} | ${(us / 1000).toFixed(0)} | ${((100 * us) / total).toFixed(1)} |`);
  }
  return lines.join('\n');
}

/** The three tables as Markdown. */
export function summarise(profile: Profile, top: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);

  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    const mod = moduleOf(node.callFrame.url, node.callFrame.functionName);
    byModule.set(mod, (byModule.get(mod) ?? 0) + us);
    const name = `${label(node)} [${mod}]`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    // Inclusive time of Vita's own functions: every distinct one on this stack gets the sample once.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      if (!n.callFrame.url.includes('/dist/') || n.callFrame.url.includes('/node_modules/')) continue;
      const key = label(n);
      if (!seen.has(key)) seen.add(key);
    }
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + us);
  }
  return [
    `Total sampled: ${(total / 1000).toFixed(0)} ms`,
    table('self time by module', [...byModule], total, top),
    table('function (self time)', [...byFunction], total, top),
    table('Vita function (inclusive time)', [...inclusive], total, top),
  ].join('\n\n') + '\n';
}

if (process.argv[1]?.endsWith('profile-summary.ts')) {
  const [file, ...rest] = process.argv.slice(2);
  if (!file) {
    console.error('usage: tsx bench/profile-summary.ts FILE.cpuprofile [--top 25]');
    process.exit(2);
  }
  const top = intFlag(parseFlags(rest, ['top']), 'top', 25);
  process.stdout.write(summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile, top));
}
