/**
 * Scripts evaluated inside the page. They are strings, not functions: the project's type-check has no DOM
 * library, and tsx may wrap functions in helpers that do not exist in the page when Playwright serialises them.
 */

/** Elements wider than the viewport, as short descriptions; empty when the page does not scroll sideways. */
export const HORIZONTAL_OVERFLOW = `(() => {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width) return [];
  const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '');
  const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > width + 1);
  // Report the innermost offenders: their ancestors are only wide because of them.
  const innermost = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
  return [\`scrollWidth \${document.documentElement.scrollWidth} > \${width}\`, ...innermost.slice(0, 5).map(describe)];
})()`;

/** Loads lazy images now (a screenshot or a reader may scroll to them), then lists the ones that did not decode. */
export const BROKEN_IMAGES = `(async () => {
  const images = [...document.images];
  for (const img of images) img.loading = 'eager';
  await Promise.all(images.map((img) => img.complete ? null : new Promise((r) => { img.addEventListener('load', r); img.addEventListener('error', r); setTimeout(r, 3000); })));
  return images.filter((img) => !(img.complete && img.naturalWidth > 0)).map((img) => img.currentSrc || img.getAttribute('src') || '(no src)');
})()`;

/** Heading levels in document order, e.g. [1, 2, 2, 3]. */
export const HEADING_LEVELS = `[...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]))`;

/** The focused element: tag, href, whether its fragment target exists, visible size, and its focus indicator styles. */
export const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  const href = el.getAttribute('href');
  const target = href && href.startsWith('#') && href.length > 1 ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
  return {
    tag: el.tagName.toLowerCase(), href, text: el.textContent.trim().replace(/\\s+/g, ' '), targetExists: Boolean(target),
    width: rect.width, height: rect.height, inViewport: rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth,
    outlineStyle: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth) || 0, boxShadow: style.boxShadow,
  };
})()`;

/** Background colour of the page: what the theme toggle visibly changes. */
// Finite animations (a colour transition on toggle) are awaited so the value read is the final one.
export const PAGE_BACKGROUND = `Promise.all(document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => null)))
  .then(() => getComputedStyle(document.body).backgroundColor + ' / ' + getComputedStyle(document.documentElement).backgroundColor)`;

/** axe-core over the whole document with the WCAG 2.0/2.1 A and AA rules; violations as plain data. */
export const AXE_RUN = `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
  .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })) })))`;
