/** One page of a served build, photographed for the docs: the top of the viewport, scaled, as a palette PNG. */
import type { Browser } from 'playwright-core';
import sharp from 'sharp';

export interface Shot {
  width: number;
  height: number;
  scheme: 'light' | 'dark';
  /** Width of the saved image in pixels. */
  scaleTo: number;
}

/** Opens `url` at the shot's viewport and colour scheme once its fonts are ready, and writes the image to `file`. */
export async function photograph(browser: Browser, url: string, shot: Shot, file: string): Promise<void> {
  const viewport = { width: shot.width, height: shot.height };
  const context = await browser.newContext({ viewport, colorScheme: shot.scheme, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    const png = await page.screenshot({ fullPage: false });
    await sharp(png).resize({ width: shot.scaleTo }).png({ palette: true, quality: 90, compressionLevel: 9, effort: 10 })
      .toFile(file);
    console.log(file);
  } finally {
    await context.close();
  }
}
