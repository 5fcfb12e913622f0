// Each UI text split once at its placeholders ([text, name, text, name, …, text]): dates and labels are filled
// for every post and list item, and a regex replace with a callback per call cost more than the filling.
const PLACEHOLDER = /\{(\w+)\}/;
const split = new Map<string, readonly string[]>();

/** Fills `{name}` placeholders of a UI text; a placeholder without a value is left as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  let parts = split.get(template);
  if (parts === undefined) split.set(template, (parts = template.split(PLACEHOLDER)));
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    // Own keys only: `{constructor}` or `{toString}` in an owner's text would otherwise print a function's source.
    out += (Object.hasOwn(values, key) ? String(values[key]) : `{${key}}`) + parts[i + 1]!;
  }
  return out;
}
