import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** One original and the variants to make of it. */
export interface ResizeJob {
  input: string;
  outputs: Array<{ file: string; width: number; format: 'avif' | 'webp' }>;
}

/** What happened to a job: the original's displayed size, or why it could not be read. */
export type ResizeResult = { ok: true; width: number; height: number } | { ok: false; error: string };

// Runs in a separate Node process: sharp only has an asynchronous API and the build is synchronous.
// The child reads the jobs as JSON on stdin and prints one result per job as JSON.
const CHILD = String.raw`
const sharp = require(process.argv[1]);
const fs = require('node:fs');
let input = '';
process.stdin.on('data', (c) => { input += c; });
process.stdin.on('end', async () => {
  const jobs = JSON.parse(input);
  const results = [];
  for (const job of jobs) {
    try {
      const meta = await sharp(job.input).metadata();
      const turned = (meta.orientation ?? 1) >= 5;
      const width = turned ? meta.height : meta.width;
      const height = turned ? meta.width : meta.height;
      for (const out of job.outputs) {
        let img = sharp(job.input).rotate().resize({ width: out.width, withoutEnlargement: true });
        img = out.format === 'avif' ? img.avif({ quality: 50, effort: 4 }) : img.webp({ quality: 78, effort: 4 });
        // 'wx': a new file only; an existing file or planted link at the name is an error, never written through.
        fs.writeFileSync(out.file, await img.toBuffer(), { flag: 'wx' });
      }
      results.push({ ok: true, width, height });
    } catch (error) {
      results.push({ ok: false, error: String(error && error.message || error) });
    }
  }
  process.stdout.write(JSON.stringify(results));
});
`;

/** Resizes images with sharp in a child process and waits for it; results are in job order. */
export function resizeImages(jobs: readonly ResizeJob[]): ResizeResult[] {
  if (jobs.length === 0) return [];
  const sharpPath = createRequire(import.meta.url).resolve('sharp');
  const child = spawnSync(process.execPath, ['-e', CHILD, sharpPath], { input: JSON.stringify(jobs), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0 || !child.stdout) {
    const reason = (child.stderr || child.error?.message || `exit code ${child.status}`).trim().split('\n')[0] ?? 'unknown error';
    return jobs.map(() => ({ ok: false, error: `the image process failed: ${reason}` }));
  }
  return JSON.parse(child.stdout) as ResizeResult[];
}
