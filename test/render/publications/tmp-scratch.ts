import { readFileSync } from 'node:fs';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { loadBibtex } from '../../../src/load/bibtex.js';
import { SourceText } from '../../../src/load/source-text.js';
import { scanBibtex } from '../../../src/load/bibtex/scan.js';
const text = readFileSync('/tmp/bench.bib', 'utf8');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let round = 0; round < 3; round++) {
  let c = cpu();
  const s = scanBibtex(text);
  const t1 = cpu() - c;
  c = cpu();
  const bag = new DiagnosticBag();
  loadBibtex(new SourceText('publications.bib', text), bag);
  console.log(s.entries.length, 'scan cpu', t1.toFixed(0), 'load cpu', (cpu() - c).toFixed(0), 'rss', (process.memoryUsage().rss / 1e6).toFixed(0));
}
