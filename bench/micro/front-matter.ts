/**
 * CPU time to parse N small front matters (title + date) with `yaml`'s parseDocument, as Vita does, versus
 * a line scanner for flat `key: value` front matter. Usage: tsx bench/micro/front-matter.ts [--pages 4000]
 */
import { parseDocument } from 'yaml';
import { makePosts } from '../content.js';
import { intFlag, parseFlags } from '../generate.js';

const pages = intFlag(parseFlags(process.argv.slice(2), ['pages']), 'pages', 4000);
const texts = makePosts(pages).map((p) => `title: "${p.title}"\ndate: ${p.date}\n`);

function cpu(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const LINE = /^([A-Za-z_][\w-]*):[ \t]+(.*)$/;
const yamlMs = cpu(() => {
  for (const t of texts) parseDocument(t, { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true }).toJS();
});
const scanMs = cpu(() => {
  for (const t of texts) {
    const record: Record<string, string> = {};
    for (const line of t.split('\n')) {
      const m = LINE.exec(line);
      if (m) record[m[1]!] = m[2]!;
    }
  }
});
console.log(`${pages} front matters: yaml parseDocument ${yamlMs.toFixed(0)} ms CPU, flat line scan ${scanMs.toFixed(0)} ms CPU`);
