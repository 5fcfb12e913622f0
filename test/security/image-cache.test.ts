// Promise 2: nothing is written outside the output folder and Vita's cache, and nothing from outside is
// published, even when the image cache (which a site's repository can ship) holds links or was tampered with.
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import sharp from 'sharp';
import { attackSite, vita } from './harness.js';

const CACHE = 'node_modules/.cache/vita/images';

async function gallerySite() {
  const made = attackSite({
    'pages/index.md': '---\ntitle: Home\n---\n\n::gallery\n',
    'data/gallery.yml': '- image: /images/blue.png\n  alt: Blue\n',
  });
  mkdirSync(join(made.root, 'static/images'), { recursive: true });
  const png = await sharp({ create: { width: 600, height: 400, channels: 3, background: { r: 20, g: 90, b: 160 } } }).png().toBuffer();
  writeFileSync(join(made.root, 'static/images/blue.png'), png);
  return made;
}

// Every file the build published, as text, to look for the secret in.
function published(root: string): string {
  const dir = join(root, '_site/assets/images');
  return readdirSync(dir).map((n) => readFileSync(join(dir, n)).toString('latin1')).join('\n');
}

test('cached variants replaced by links to a secret are made again: the secret is neither published nor overwritten', async () => {
  const { work, root, secret } = await gallerySite();
  assert.equal((await vita(['build', root], root, work)).code, 0);
  const cache = join(root, CACHE);
  for (const name of readdirSync(cache).filter((n) => !n.endsWith('.json'))) {
    rmSync(join(cache, name));
    symlinkSync(join(secret, 'passwords.txt'), join(cache, name));
  }
  const r = await vita(['build', root], root, work);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!published(root).includes('hunter2'));
  assert.equal(readFileSync(join(secret, 'passwords.txt'), 'utf8'), 'hunter2\n');
  for (const name of readdirSync(cache)) assert.ok(lstatSync(join(cache, name)).isFile(), `${name} is a file again`);
});

test('links planted at the names sharp is about to write (manifest gone) are replaced, never written through', async () => {
  const { work, root, secret } = await gallerySite();
  assert.equal((await vita(['build', root], root, work)).code, 0);
  const cache = join(root, CACHE);
  for (const name of readdirSync(cache)) {
    rmSync(join(cache, name));
    if (!name.endsWith('.json')) symlinkSync(join(secret, 'passwords.txt'), join(cache, name));
  }
  rmSync(join(root, '_site'), { recursive: true });
  const r = await vita(['build', root], root, work);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readFileSync(join(secret, 'passwords.txt'), 'utf8'), 'hunter2\n');
  assert.ok(!published(root).includes('hunter2'));
});

test('a cached variant whose bytes were changed is made again, not published', async () => {
  const { work, root } = await gallerySite();
  assert.equal((await vita(['build', root], root, work)).code, 0);
  const cache = join(root, CACHE);
  for (const name of readdirSync(cache).filter((n) => !n.endsWith('.json'))) writeFileSync(join(cache, name), '<script>alert(1)</script>');
  assert.equal((await vita(['build', root], root, work)).code, 0);
  assert.ok(!published(root).includes('<script>'));
});

test('a cache folder that is a link (node_modules/.cache/vita -> elsewhere) is refused; nothing is written there', async () => {
  const { work, root, secret } = await gallerySite();
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  symlinkSync(secret, join(root, 'node_modules/.cache/vita'));
  const r = await vita(['build', root], root, work);
  assert.equal(r.code, 1);
  assert.equal(r.stderr.split('\n')[0], 'data/gallery.yml:1:3 error The gallery image "/images/blue.png" could not be read: ' +
    'the image cache folder <tmp>/site/node_modules/.cache/vita is a link or a file, and Vita does not write through links (delete it) [gallery-image-unreadable]');
  assert.deepEqual(readdirSync(secret), ['passwords.txt']);
  assert.ok(!existsSync(join(root, '_site')));
});
