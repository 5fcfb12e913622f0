/** Turns measurements into the Markdown tables and the machine description of a results file. */
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { median, type Measurement } from './measure.js';
import type { Tool, ToolName } from './tools.js';

/** All runs of one scenario (a page count and a bibliography size), by tool. */
export interface Scenario {
  pages: number;
  bib: number;
  runs: Map<ToolName, Measurement[]>;
}

interface Summary {
  wall: number;
  cpu?: number;
  rssMb?: number;
  ok: number;
  failed: number;
}

function summarise(runs: readonly Measurement[] | undefined): Summary | undefined {
  const ok = (runs ?? []).filter((r) => r.ok);
  if (ok.length === 0) return undefined;
  const cpu = ok.flatMap((r) => (r.cpu === undefined ? [] : [r.cpu]));
  const rss = ok.flatMap((r) => (r.rssMb === undefined ? [] : [r.rssMb]));
  return {
    wall: median(ok.map((r) => r.wall)),
    ...(cpu.length ? { cpu: median(cpu) } : {}),
    ...(rss.length ? { rssMb: median(rss) } : {}),
    ok: ok.length,
    failed: (runs?.length ?? 0) - ok.length,
  };
}

const sec = (s: number): string => `${s.toFixed(3)} s`;
const ratio = (a: number, b: number | undefined): string => (b ? `${(a / b).toFixed(2)}×` : '–');

function scenarioLabel(s: Scenario): string {
  return s.bib ? `${s.pages.toLocaleString('en-US')} + ${s.bib.toLocaleString('en-US')} bib` : s.pages.toLocaleString('en-US');
}

/** The table: median wall time, one column per tool, one row per scenario. */
export function wallTable(scenarios: readonly Scenario[], tools: readonly Tool[]): string {
  const head = `| pages | ${tools.map((t) => t.label).join(' | ')} |\n|---|${tools.map(() => '---|').join('')}`;
  const rows = scenarios.map((s) => `| ${scenarioLabel(s)} | ${tools.map((t) => {
    const m = summarise(s.runs.get(t.name));
    return m ? sec(m.wall) : t.missing ? 'not installed' : 'failed';
  }).join(' | ')} |`);
  return [head, ...rows].join('\n');
}

/** One row per tool and scenario: wall, CPU, RSS and the ratios to Hugo and to the bare loop. */
export function detailTable(scenarios: readonly Scenario[], tools: readonly Tool[]): string {
  const lines = [
    '| pages | tool | wall | CPU (user+sys) | peak RSS | wall ÷ Hugo | wall ÷ bare | CPU ÷ Hugo | CPU ÷ bare | runs |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of scenarios) {
    const hugo = summarise(s.runs.get('hugo'));
    const bare = summarise(s.runs.get('bare'));
    for (const t of tools) {
      const m = summarise(s.runs.get(t.name));
      if (!m) {
        lines.push(`| ${scenarioLabel(s)} | ${t.label} | ${t.missing ?? 'failed'} | | | | | | | ${s.runs.get(t.name)?.length ?? 0} failed |`);
        continue;
      }
      const cpu = m.cpu === undefined ? 'n/a' : sec(m.cpu);
      const rss = m.rssMb === undefined ? 'n/a' : `${m.rssMb.toFixed(0)} MB`;
      const runs = m.failed ? `${m.ok} ok, ${m.failed} failed` : `${m.ok}`;
      const cpuRatios = m.cpu === undefined ? '– | –' : `${ratio(m.cpu, hugo?.cpu)} | ${ratio(m.cpu, bare?.cpu)}`;
      lines.push(`| ${scenarioLabel(s)} | ${t.label} | ${sec(m.wall)} | ${cpu} | ${rss} | ${ratio(m.wall, hugo?.wall)} | ${ratio(m.wall, bare?.wall)} | ${cpuRatios} | ${runs} |`);
    }
  }
  return lines.join('\n');
}

/** The first error of each failing tool, so a results file says why a cell is empty. */
export function failureNotes(scenarios: readonly Scenario[], tools: readonly Tool[]): string[] {
  const notes: string[] = [];
  for (const t of tools) {
    if (t.missing) {
      notes.push(`- ${t.label}: skipped — ${t.missing}.`);
      continue;
    }
    const failed = scenarios.flatMap((s) => s.runs.get(t.name) ?? []).find((r) => !r.ok);
    if (failed) notes.push(`- ${t.label}: failed —\n\n  \`\`\`\n${failed.error?.replace(/^/gm, '  ')}\n  \`\`\``);
  }
  return notes;
}

/** CPU, memory, OS and Node version of this machine. */
export function machineInfo(): string[] {
  const list = cpus();
  return [
    `- CPU: ${list.length} × ${list[0]?.model.trim() ?? 'unknown'}`,
    `- memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: Linux ${release()}`,
    `- Node: ${process.version}`,
    // The machine is shared: the load says how much the numbers may be disturbed by other work.
    `- load average at the end (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`,
  ];
}

/** `bench/results/YYYY-MM-DD-HHMM-<name>.md`: date and UTC time in the name, so that a day's runs never overwrite each other. */
export function resultsPath(root: string, name: string, at: Date = new Date()): string {
  return join(root, 'bench', 'results', `${at.toISOString().slice(0, 16).replace('T', '-').replace(':', '')}-${name}.md`);
}
