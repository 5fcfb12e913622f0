/** The checks run on one page at one viewport and colour scheme, returning findings instead of throwing. */
import type { Page } from 'playwright-core';
import { AXE_RUN, BROKEN_IMAGES, FOCUSED, HEADING_LEVELS, HORIZONTAL_OVERFLOW, PAGE_BACKGROUND } from './in-page.js';

/** The name of each check, as used in test names and in the known-defect list. */
export type CheckName = 'overflow' | 'console' | 'requests' | 'images' | 'axe' | 'headings' | 'skip-link' | 'focus-visible' | 'theme-toggle';

export interface Finding {
  check: CheckName;
  /** What is wrong, precise enough to act on (rule id, element, values). */
  detail: string;
}

/** Listens to a page's console, uncaught errors and responses; `take()` returns what was heard since the last call. */
export function listenForErrors(page: Page): { take(): Finding[] } {
  let heard: Finding[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') heard.push({ check: 'console', detail: `console error: ${msg.text()}` });
  });
  page.on('pageerror', (error) => heard.push({ check: 'console', detail: `uncaught: ${error.message}` }));
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? 'unknown error';
    // The suite's own navigation (next page, reload) cancels requests still in flight; a missing file shows as a 404.
    if (error !== 'net::ERR_ABORTED') heard.push({ check: 'requests', detail: `${req.url()} failed: ${error}` });
  });
  page.on('response', (res) => {
    if (res.status() >= 400) heard.push({ check: 'requests', detail: `${res.url()} answered ${res.status()}` });
  });
  return {
    take() {
      const out = heard;
      heard = [];
      return out;
    },
  };
}

interface Focused {
  tag: string; href: string | null; text: string; targetExists: boolean; width: number; height: number; inViewport: boolean;
  outlineStyle: string; outlineWidth: number; boxShadow: string;
}

/** Layout, images, axe and headings of the loaded page. */
export async function auditLoadedPage(page: Page): Promise<Finding[]> {
  const findings: Finding[] = [];
  const overflow = (await page.evaluate(HORIZONTAL_OVERFLOW)) as string[];
  if (overflow.length) findings.push({ check: 'overflow', detail: `scrolls sideways: ${overflow.join(', ')}` });
  for (const src of (await page.evaluate(BROKEN_IMAGES)) as string[]) findings.push({ check: 'images', detail: `image did not load: ${src}` });
  const violations = (await page.evaluate(AXE_RUN)) as Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string; summary: string }> }>;
  for (const v of violations) {
    for (const n of v.nodes) findings.push({ check: 'axe', detail: `${v.id} (${v.impact}) at ${n.target}: ${v.help}` });
  }
  findings.push(...headingFindings((await page.evaluate(HEADING_LEVELS)) as number[]));
  return findings;
}

/** One h1, and no level skipped on the way down (h2 → h4). */
export function headingFindings(levels: number[]): Finding[] {
  const out: Finding[] = [];
  const h1s = levels.filter((l) => l === 1).length;
  if (h1s !== 1) out.push({ check: 'headings', detail: `${h1s} h1 elements (expected exactly one); levels ${levels.join(',')}` });
  if (levels.length && levels[0] !== 1) out.push({ check: 'headings', detail: `first heading is h${levels[0]}, not h1` });
  for (let i = 1; i < levels.length; i++) {
    if (levels[i]! > levels[i - 1]! + 1) out.push({ check: 'headings', detail: `h${levels[i - 1]} is followed by h${levels[i]} (heading ${i + 1})` });
  }
  return out;
}

/** Tabs from a fresh load: the first stop must be a visible skip link to an existing id, and the first two stops show focus. */
export async function auditKeyboard(page: Page): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (let stop = 1; stop <= 2; stop++) {
    await page.keyboard.press('Tab');
    const f = (await page.evaluate(FOCUSED)) as Focused | null;
    if (!f) {
      findings.push({ check: stop === 1 ? 'skip-link' : 'focus-visible', detail: `Tab stop ${stop} focuses nothing` });
      break;
    }
    const name = `<${f.tag}${f.href !== null ? ` href="${f.href}"` : ''}> "${f.text}"`;
    if (stop === 1 && !(f.tag === 'a' && f.href?.startsWith('#') && f.targetExists)) {
      findings.push({ check: 'skip-link', detail: `first Tab stop is ${name}, not a skip link to an existing id` });
    }
    if (!f.inViewport || f.width < 1 || f.height < 1) findings.push({ check: 'focus-visible', detail: `Tab stop ${stop} ${name} is focused but not visible on screen` });
    const ring = (f.outlineStyle !== 'none' && f.outlineWidth > 0) || (f.boxShadow !== 'none' && f.boxShadow !== '');
    if (!ring) findings.push({ check: 'focus-visible', detail: `Tab stop ${stop} ${name} has no focus indicator (outline ${f.outlineStyle} ${f.outlineWidth}px, box-shadow ${f.boxShadow})` });
  }
  return findings;
}

// The toggle, whatever the theme calls it: a marked button or one whose accessible label mentions the theme.
const TOGGLE = '[data-theme-toggle], #theme-toggle, button[aria-label*="theme" i], button[aria-label*="dark" i], button[aria-label*="colour" i], button[aria-label*="color" i]';

/**
 * The theme toggle must be on the page and visible. With `click`, it is clicked (up to three times, for themes
 * that cycle system → light → dark) until the page background changes, then the page is reloaded and the chosen
 * background must persist; storage is cleared afterwards.
 */
export async function auditThemeToggle(page: Page, click: boolean): Promise<Finding[]> {
  const toggle = page.locator(TOGGLE).first();
  if ((await toggle.count()) === 0) return [{ check: 'theme-toggle', detail: `no theme toggle found (${TOGGLE})` }];
  if (!(await toggle.isVisible())) return [{ check: 'theme-toggle', detail: 'the theme toggle is not visible' }];
  if (!click) return [];
  const before = (await page.evaluate(PAGE_BACKGROUND)) as string;
  let after = before;
  for (let click = 0; click < 3 && after === before; click++) {
    await toggle.click();
    await page.waitForTimeout(50);
    after = (await page.evaluate(PAGE_BACKGROUND)) as string;
  }
  const findings: Finding[] = [];
  if (after === before) findings.push({ check: 'theme-toggle', detail: `background stays ${before} after three clicks` });
  else {
    await page.reload({ waitUntil: 'load' });
    const reloaded = (await page.evaluate(PAGE_BACKGROUND)) as string;
    if (reloaded !== after) findings.push({ check: 'theme-toggle', detail: `the choice does not persist: ${after} before reload, ${reloaded} after` });
  }
  await page.evaluate('localStorage.clear(); sessionStorage.clear()');
  return findings;
}
