const NEEDS_ESCAPE = /["&<]/;
const ESCAPES: Readonly<Record<string, string>> = { '"': '&quot;', '&': '&amp;', '<': '&lt;' };

/**
 * Escapes a value for text or a double-quoted attribute exactly as preact-render-to-string does (`"`, `&`, `<`),
 * so a component written as a string template gives the same bytes as its JSX form.
 */
export function escapeJsx(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(/["&<]/g, (c) => ESCAPES[c]!) : value;
}

/** An attribute as preact-render-to-string writes it (` name="value"`, escaped), an empty value as the bare name. */
export function attribute(name: string, value: string): string {
  return value === '' ? ` ${name}` : ` ${name}="${escapeJsx(value)}"`;
}
