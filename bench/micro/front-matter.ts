/**
 * CPU time to load N small front matters as Vita does: the full loader (yaml's parseDocument plus our walk)
 * versus loadFlatYaml, which reads flat `key: value` text with a line scanner and parses the document only
 * when a diagnostic needs a position. Two shapes: the generator's (title + date) and one with a tag list.
 * Usage: tsx bench/micro/front-matter.ts [--pages 4000] [--rounds 5]
 */
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { SourceText } from '../../src/load/source-text.js';
import { loadFlatYaml, loadYaml } from '../../src/load/yaml.js';
import { makePosts } from '../content.js';
import { intFlag, parseFlags } from '../generate.js';

const flags = parseFlags(process.argv.slice(2), ['pages', 'rounds']);
const pages = intFlag(flags, 'pages', 4000);
const rounds = intFlag(flags, 'rounds', 5);
const posts = makePosts(pages);
// '#--' is how splitFrontMatter hands the text over: the opening --- turned into a comment.
const shapes = {
  'title + date': posts.map((p) => `#--\ntitle: "${p.title}"\ndate: ${p.date}\n`),
  'title, date, tags, draft': posts.map((p) => `#--\ntitle: "${p.title}: notes"\ndate: ${p.date}\ntags: [ml, notes]\ndraft: false\n`),
};

function cpu(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function loadAll(texts: readonly string[], load: typeof loadYaml): void {
  const bag = new DiagnosticBag();
  for (const t of texts) if (load(new SourceText('posts/x.md', t), bag) === undefined) throw new Error(`did not load: ${t}`);
}

for (const [shape, texts] of Object.entries(shapes)) {
  const full: number[] = [];
  const flat: number[] = [];
  // Alternate the two so machine noise hits both alike; the first round also warms up the JIT.
  for (let r = 0; r < rounds; r++) {
    full.push(cpu(() => loadAll(texts, loadYaml)));
    flat.push(cpu(() => loadAll(texts, loadFlatYaml)));
  }
  const [f, s] = [median(full), median(flat)];
  console.log(`${pages} front matters (${shape}), median of ${rounds}: loadYaml ${f.toFixed(1)} ms CPU, loadFlatYaml ${s.toFixed(1)} ms CPU (${(f / s).toFixed(0)}x)`);
}
