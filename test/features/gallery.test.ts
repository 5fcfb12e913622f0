import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import sharp from 'sharp';
import { build } from '../../src/build.js';
import { MINIMAL_SITE_YML, writeSite } from '../helpers/site.js';
import { buildContent, fileText, mainOf, messages } from './content-site.js';

async function png(width: number, height: number): Promise<string> {
  const buffer = await sharp({ create: { width, height, channels: 3, background: { r: 20, g: 90, b: 160 } } }).png().toBuffer();
  return buffer.toString('latin1');
}

async function gallerySite(): Promise<string> {
  const root = writeSite({
    'site.yml': MINIMAL_SITE_YML,
    'pages/index.md': '---\ntitle: Home\n---\n\n::gallery{limit=1}\n',
    'data/gallery.yml': '- image: /images/wide.png\n  alt: A wide <blue> picture\n  caption: Wide & *blue*\n  date: 2024-07\n- image: images/small.png\n  caption: Small one\n',
  });
  // Binary files are written separately: writeSite takes text.
  const { writeFileSync, mkdirSync } = await import('node:fs');
  mkdirSync(join(root, 'static/images'), { recursive: true });
  writeFileSync(join(root, 'static/images/wide.png'), Buffer.from(await png(1200, 800), 'latin1'));
  writeFileSync(join(root, 'static/images/small.png'), Buffer.from(await png(300, 200), 'latin1'));
  return root;
}

test('gallery: /gallery/ is a grid of <picture>s with AVIF and WebP srcsets, width, height and lazy loading', async () => {
  const root = await gallerySite();
  const result = await build({ root, write: false });
  assert.deepEqual(messages(result), []);
  const page = mainOf(fileText(result, 'gallery/index.html'));
  const wide = 'wide-';
  const hash = /assets\/images\/wide-([0-9a-f]{8})-480\.avif/.exec(page)?.[1];
  assert.ok(hash, page);
  const sizes = '(min-width: 56rem) 22rem, (min-width: 36rem) 45vw, 92vw';
  assert.ok(page.includes(
    `<li class="gallery__item"><figure class="gallery__figure"><picture><source type="image/avif" srcset="/assets/images/${wide}${hash}-480.avif 480w, /assets/images/${wide}${hash}-960.avif 960w, /assets/images/${wide}${hash}-1200.avif 1200w" sizes="${sizes}"/>` +
    `<source type="image/webp" srcset="/assets/images/${wide}${hash}-480.webp 480w, /assets/images/${wide}${hash}-960.webp 960w, /assets/images/${wide}${hash}-1200.webp 1200w" sizes="${sizes}"/>` +
    `<img class="gallery__image" src="/assets/images/${wide}${hash}-960.webp" alt="A wide &lt;blue> picture" width="1200" height="800" loading="lazy" decoding="async"/></picture>` +
    '<figcaption class="gallery__caption"><span>Wide &amp; <em>blue</em></span><time class="gallery__date" datetime="2024-07">July 2024</time></figcaption></figure></li>',
  ), page);
  // ::gallery places the same figures on a page.
  const home = mainOf(fileText(result, 'index.html'));
  assert.equal(home.match(/<picture>/g)?.length, 1);
  assert.ok(home.includes(`<img class="gallery__image" src="/assets/images/${wide}${hash}-960.webp" alt="A wide &lt;blue> picture" width="1200" height="800"`));
  // The small picture is never enlarged: one width, its own; its caption is its alt text.
  assert.match(page, /srcset="\/assets\/images\/small-[0-9a-f]{8}-300\.avif 300w"/);
  assert.match(page, /alt="Small one" width="300" height="200"/);
  const variants = result.files.filter((f) => f.path.startsWith('assets/images/')).map((f) => f.path.replace(/-[0-9a-f]{8}-/, '-H-')).sort();
  assert.deepEqual(variants, ['assets/images/small-H-300.avif', 'assets/images/small-H-300.webp', 'assets/images/wide-H-1200.avif',
    'assets/images/wide-H-1200.webp', 'assets/images/wide-H-480.avif', 'assets/images/wide-H-480.webp', 'assets/images/wide-H-960.avif', 'assets/images/wide-H-960.webp']);
  const webp = result.files.find((f) => f.path.endsWith('-480.webp'))!;
  const meta = await sharp(readFileSync((webp as { from: string }).from)).metadata();
  assert.deepEqual([meta.format, meta.width, meta.height], ['webp', 480, 320]);
});

test('gallery: resized files are cached between builds, and a cold cache gives the same bytes', async () => {
  const root = await gallerySite();
  await build({ root, write: false });
  const cache = join(root, 'node_modules/.cache/vita/images');
  const snapshot = () => new Map(readdirSync(cache).sort().map((f) => [f, { mtime: statSync(join(cache, f)).mtimeMs, bytes: readFileSync(join(cache, f)) }]));
  const first = snapshot();
  await build({ root, write: false });
  const second = snapshot();
  assert.deepEqual([...second.keys()], [...first.keys()]);
  for (const [name, entry] of second) assert.equal(entry.mtime, first.get(name)!.mtime, `${name} was made again`);
  rmSync(cache, { recursive: true });
  await build({ root, write: false });
  for (const [name, entry] of snapshot()) assert.ok(entry.bytes.equals(first.get(name)!.bytes), `${name} differs after a cold build`);
});

test('gallery: missing files, other formats and missing alt text are errors at file:line:col', async () => {
  const result = await buildContent({
    'data/gallery.yml': '- image: /images/missing.jpg\n  alt: x\n- image: /images/logo.svg\n  alt: y\n- image: /images/a.png\n- image: /images/a.png\n  alt: z\n  caption: 3\n',
    'static/images/logo.svg': '<svg/>',
    'static/images/a.png': 'png',
  });
  assert.deepEqual(messages(result), ['data/gallery.yml:8:12 error "caption" should be text, but it is the number 3. [wrong-type]']);
  const semantic = await buildContent({
    'data/gallery.yml': '- image: /images/missing.jpg\n  alt: x\n- image: /images/logo.svg\n  alt: y\n- image: /images/a.png\n',
    'static/images/logo.svg': '<svg/>',
    'static/images/a.png': 'png',
  });
  assert.deepEqual(messages(semantic), [
    'data/gallery.yml:1:10 error The gallery image "/images/missing.jpg" is not in static/. [gallery-image-missing]',
    'data/gallery.yml:3:10 error The gallery image "/images/logo.svg" is not a JPEG, PNG, WebP, AVIF or TIFF file. [gallery-image-format]',
    'data/gallery.yml:5:3 error The gallery image "/images/a.png" has neither "alt" nor "caption". [missing-alt]',
  ]);
});

test('gallery: a file that is not an image is an error at its entry', async () => {
  const result = await buildContent({ 'data/gallery.yml': '- image: /images/a.png\n  alt: A\n', 'static/images/a.png': 'not a png' });
  assert.equal(result.ok, false);
  assert.deepEqual(messages(result), [
    'data/gallery.yml:1:3 error The gallery image "/images/a.png" could not be read: Input file contains unsupported image format [gallery-image-unreadable]',
  ]);
});
