import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { THEME_INIT_HASH, THEME_INIT_SCRIPT } from '../../../src/render/head/theme-init.js';

test('the init script is tiny, and its CSP hash matches its text', () => {
  assert.ok(THEME_INIT_SCRIPT.length < 160);
  assert.equal(THEME_INIT_HASH, `'sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}'`);
});

test('it applies only a saved light or dark choice', () => {
  const run = (saved: string | null) => {
    const root = { dataset: {} as Record<string, string> };
    new Function('localStorage', 'document', THEME_INIT_SCRIPT)({ getItem: () => saved }, { documentElement: root });
    return root.dataset.theme;
  };
  assert.equal(run('dark'), 'dark');
  assert.equal(run('light'), 'light');
  assert.equal(run('"><x'), undefined);
  assert.equal(run(null), undefined);
});
