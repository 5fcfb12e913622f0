/** minimal-mistakes' figure include, as the HTML it produced. */

/** `{% include figure image_path="…" alt="…" caption="…" %}` (its arguments) → a `<figure>`, or undefined. */
export function figureHtml(args: string): string | undefined {
  const attrs: Record<string, string> = {};
  for (const m of args.matchAll(/(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[m[1]!] = m[2] ?? m[3] ?? '';
  const src = attrs.image_path;
  if (!src || /\{\{|\{%/.test(args)) return undefined;
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const caption = attrs.caption ? `<figcaption>${attrs.caption}</figcaption>` : '';
  return `<figure><img src="${esc(src)}" alt="${esc(attrs.alt ?? '')}">${caption}</figure>`;
}
