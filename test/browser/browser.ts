/**
 * Launches Debian's chromium for the browser tests. Never downloads a browser: when /usr/bin/chromium is
 * missing the suite is skipped locally, and fails under CI (CI=true), where .ci/run must have installed it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that keep chromium quiet, deterministic and runnable as root in a container. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Why the browser suite cannot run here, or undefined when it can. Throws under CI, where skipping would hide a broken setup. */
export function browserUnavailable(path = CHROMIUM_PATH, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (existsSync(path)) return undefined;
  const reason = `${path} not found; install it with \`apt-get install -y chromium\` (.ci/run does this in CI)`;
  if (env.CI === 'true') throw new Error(`browser tests cannot run under CI: ${reason}`);
  return reason;
}

/** A headless chromium with the suite's flags. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}
