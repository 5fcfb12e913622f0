import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp from 'sharp';
import { COMPONENT_SPECS } from '../../../src/render/overrides/components.js';
import { buildWith, messages, page } from './override-site.js';

function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 20, g: 90, b: 160 } } }).png().toBuffer();
}

const TEMPLATE = '<figure><img src="{{ photo.src }}" srcset="{{ photo.srcset }}" sizes="{{ photo.sizes }}" alt="{{ photo.alt }}" ' +
  'width="{{ photo.width }}" height="{{ photo.height }}"><figcaption>{{ photo.caption_html | raw }} {{ photo.date_label }}</figcaption></figure>';

async function gallerySite(components: Record<string, string>) {
  return buildWith(components, {
    'pages/index.md': '---\ntitle: Home\npermalink: /\n---\n\n::gallery{limit=1}\n',
    'data/gallery.yml': '- image: /images/wide.png\n  alt: A wide <blue> picture\n  caption: Wide & *blue*\n  date: 2024-07\n',
  }, { 'static/images/wide.png': await png(1200, 800) });
}

test('a gallery picture drawn by a template, with the resized files Vita made, on /gallery/ and in ::gallery', async () => {
  const result = await gallerySite({ gallery_item: TEMPLATE });
  assert.deepEqual(messages(result), []);
  const props = COMPONENT_SPECS.gallery_item.props(result.site!.gallery!.images[0]!, result.site!);
  const hash = /\/assets\/images\/wide-([0-9a-f]{8})-960\.webp/.exec(String(props.src))?.[1];
  assert.ok(hash, String(props.src));
  const file = (width: number, format: string) => `/assets/images/wide-${hash}-${width}.${format}`;
  assert.deepEqual(props, {
    url: '/images/wide.png', alt: 'A wide <blue> picture', caption: 'Wide & *blue*', caption_html: 'Wide &amp; <em>blue</em>',
    date: '2024-07', date_label: 'July 2024', width: 1200, height: 800, src: file(960, 'webp'),
    srcset: `${file(480, 'webp')} 480w, ${file(960, 'webp')} 960w, ${file(1200, 'webp')} 1200w`,
    srcset_avif: `${file(480, 'avif')} 480w, ${file(960, 'avif')} 960w, ${file(1200, 'avif')} 1200w`,
    sizes: '(min-width: 56rem) 22rem, (min-width: 36rem) 45vw, 92vw',
  });
  const drawn = '<ul class="gallery"><li class="gallery__item gallery__item--override"><figure>' +
    `<img src="${file(960, 'webp')}" srcset="${props.srcset as string}" sizes="(min-width: 56rem) 22rem, (min-width: 36rem) 45vw, 92vw" ` +
    'alt="A wide &lt;blue&gt; picture" width="1200" height="800"><figcaption>Wide &amp; <em>blue</em> July 2024</figcaption></figure></li></ul>';
  assert.ok(page(result, 'gallery/index.html').includes(drawn));
  assert.ok(page(result, 'index.html').includes(drawn));
  assert.doesNotMatch(page(result, 'gallery/index.html'), /gallery__figure/);
});
