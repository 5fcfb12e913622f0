/**
 * The sidebar profile on a phone, with the owner's own HTML in it: on narrow screens the profile is a two-column
 * grid (avatar beside the name), and anything the owner adds must take a whole row rather than a column.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { MINIMAL_SITE_YML, writeSite } from '../helpers/site.js';
import { browserUnavailable, launchBrowser } from './browser.js';
import { buildInto } from './sites.js';
import { serveFolder } from './static-server.js';

const HOME = '---\ntitle: Home\npermalink: /\nlayout: home\n---\n\nHello.\n';
const NOTE = '<div class="office-hours"><p>Office hours: Thursdays 14:00–16:00, room 402, or by appointment.</p></div>';

describe('the profile at 375 px', { skip: browserUnavailable() ?? false }, () => {
  const work = mkdtempSync(join(tmpdir(), 'vita-profile-'));
  let browser: Browser | undefined;
  after(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  async function boxes(files: Record<string, string>, selectors: string[]) {
    const server = await serveFolder(await buildInto(writeSite(files), work));
    browser ??= await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    try {
      await page.goto(server.origin + '/', { waitUntil: 'load' });
      return await Promise.all(selectors.map(async (s) => (await page.locator(s).boundingBox())!));
    } finally {
      await page.close();
      await server.close();
    }
  }

  test('a sidebar_end snippet takes its own row, so the name keeps the width beside the avatar', async () => {
    const [avatar, intro, note] = await boxes({
      'site.yml': `${MINIMAL_SITE_YML}  avatar: /me.svg\ntheme:\n  html:\n    sidebar_end: theme/sidebar.html\n`,
      'theme/sidebar.html': NOTE, 'static/me.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', 'pages/index.md': HOME,
    }, ['.profile__avatar', '.profile__intro', '.office-hours']);
    assert.ok(avatar!.width < 100, `avatar ${avatar!.width}px wide`);
    assert.ok(intro!.width > 200, `name column ${intro!.width}px wide`);
    assert.equal(note!.x, avatar!.x);
    assert.ok(note!.width > 300, `snippet ${note!.width}px wide`);
  });

  test('a profile drawn by a template is laid out by its own markup, not Vita\'s grid', async () => {
    const [profile, mine] = await boxes({
      'site.yml': `${MINIMAL_SITE_YML}theme:\n  components:\n    profile: theme/profile.liquid\n`,
      'theme/profile.liquid': '<p class="mine">{{ author.name }}</p><p class="mine-too">Hello</p>', 'pages/index.md': HOME,
    }, ['.profile--override', '.mine']);
    assert.equal(mine!.width, profile!.width);
  });
});
