/** Runs one build as a child process and measures wall time, CPU time (user+sys) and peak RSS. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What to run: a program, its arguments and the folder to run it in. */
export interface Invocation {
  cmd: string;
  args: string[];
  cwd: string;
}

/** One measured run. `cpu` and `rssMb` are undefined when /usr/bin/time is missing. */
export interface Measurement {
  ok: boolean;
  wall: number;
  cpu?: number;
  rssMb?: number;
  /** The end of stderr when the run failed, to show why. */
  error?: string;
}

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);
const scratch = mkdtempSync(join(tmpdir(), 'vita-bench-time-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/**
 * Runs `inv` to completion. GNU time reports the child's rusage from wait4(): user and system seconds and
 * the maximum resident set size in KiB, which covers worker threads (same process) as well.
 */
export function measure(inv: Invocation, timeoutSeconds = 0): Measurement {
  const report = join(scratch, 'time.txt');
  // coreutils `timeout` kills the build itself (killing only a wrapper would leave the build running);
  // GNU time still sees the build's usage, as wait4() folds waited-for descendants into the child's.
  const limited = timeoutSeconds > 0 ? ['timeout', '-s', 'KILL', String(timeoutSeconds), inv.cmd, ...inv.args] : [inv.cmd, ...inv.args];
  const [cmd, args] = hasTime ? [TIME, ['-f', '%U %S %M', '-o', report, ...limited]] : [limited[0]!, limited.slice(1)];
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd, args, { cwd: inv.cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.error || result.status !== 0) {
    if (timeoutSeconds > 0 && result.status === 137) return { ok: false, wall, error: `timed out after ${timeoutSeconds} s` };
    const text = `${result.error?.message ?? ''}${result.stderr ?? ''}${result.stdout ?? ''}`.trim();
    return { ok: false, wall, error: text.split('\n').slice(-6).join('\n') || `exit ${result.status}` };
  }
  if (!hasTime) return { ok: true, wall };
  // The last line holds the numbers; GNU time puts notes such as "Command exited…" on lines before it.
  const last = readFileSync(report, 'utf8').trim().split('\n').pop() ?? '';
  const [user, sys, rssKb] = last.split(' ').map(Number);
  if (user === undefined || sys === undefined || rssKb === undefined || [user, sys, rssKb].some(Number.isNaN)) {
    return { ok: true, wall };
  }
  return { ok: true, wall, cpu: user + sys, rssMb: rssKb / 1024 };
}

/** Median of a non-empty list (mean of the middle two for even lengths). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Whether CPU time and RSS can be measured on this machine. */
export const measuresResources = hasTime;
