import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const SOURCE = readFileSync('theme/vita.js', 'utf8');

type Handler = () => unknown;

/** Just enough of a button for vita.js: attributes, dataset, hidden, click handlers. */
function fakeButton(dataset: Record<string, string>) {
  const handlers: Handler[] = [];
  const attrs: Record<string, string> = {};
  return {
    hidden: true, dataset, attrs,
    setAttribute: (k: string, v: string) => { attrs[k] = v; },
    addEventListener: (_: string, h: Handler) => { handlers.push(h); },
    click: () => Promise.all(handlers.map((h) => h())),
  };
}

/** Runs vita.js against a fake page with a toggle, a copy button and its target. */
function load(systemDark: boolean) {
  const toggle = fakeButton({});
  const copy = fakeButton({ copyTarget: 'bib' });
  const root = { dataset: {} as Record<string, string> };
  const stored: Record<string, string> = {};
  const appended: { textContent: string }[] = [];
  const clipboard: string[] = [];
  const timers: Handler[] = [];
  const document = {
    documentElement: root,
    querySelectorAll: (sel: string) => (sel === '[data-theme-toggle]' ? [toggle] : sel === '[data-copy-target]' ? [copy] : []),
    getElementById: (id: string) => (id === 'bib' ? { textContent: '\n@article{a}\n' } : null),
    createElement: () => ({ className: '', textContent: '', setAttribute() {} }),
    body: { append: (el: { textContent: string }) => appended.push(el) },
  };
  const matchMedia = () => ({ matches: systemDark, addEventListener() {} });
  const localStorage = { setItem: (k: string, v: string) => { stored[k] = v; } };
  const navigator = { clipboard: { writeText: async (t: string) => { clipboard.push(t); } } };
  const setTimeout = (h: Handler) => timers.push(h);
  new Function('document', 'matchMedia', 'localStorage', 'navigator', 'setTimeout', SOURCE)(
    document, matchMedia, localStorage, navigator, setTimeout);
  return { toggle, copy, root, stored, appended, clipboard, timers };
}

test('vita.js stays under 2 KB', () => {
  assert.ok(Buffer.byteLength(SOURCE) < 2048, `${Buffer.byteLength(SOURCE)} bytes`);
});

test('the toggle appears, reflects the system scheme, flips the theme and remembers it', async () => {
  const page = load(true);
  assert.equal(page.toggle.hidden, false);
  assert.equal(page.toggle.attrs['aria-pressed'], 'true');
  await page.toggle.click();
  assert.equal(page.root.dataset.theme, 'light');
  assert.deepEqual(page.stored, { 'vita-theme': 'light' });
  assert.equal(page.toggle.attrs['aria-pressed'], 'false');
  await page.toggle.click();
  assert.equal(page.root.dataset.theme, 'dark');
  assert.deepEqual(page.stored, { 'vita-theme': 'dark' });
});

test('a copy button appears, copies its target\'s trimmed text and says so', async () => {
  const page = load(false);
  assert.equal(page.copy.hidden, false);
  await page.copy.click();
  assert.deepEqual(page.clipboard, ['@article{a}']);
  assert.equal(page.appended[0]?.textContent, 'Copied to clipboard');
  assert.equal(page.copy.dataset.copied, 'true');
  for (const t of page.timers) t();
  assert.equal(page.copy.dataset.copied, undefined);
  assert.equal(page.appended[0]?.textContent, '');
});
