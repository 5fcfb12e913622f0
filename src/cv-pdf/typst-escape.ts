/**
 * Escaping data values for Typst. Every character that Typst markup gives a meaning to is escaped with a
 * backslash, so a value is always printed as written: `#` would start code, `$` math, `*` and `_` strong and
 * emphasis, `@` a reference, `<…>` a label, `[`/`]` content, `/` a comment (`//`) or term list, `-`, `+`, `=`,
 * `.` and `:` list, heading and shorthand syntax (`--`, `...`), `~` a non-breaking space, and quotes smart quotes.
 */
const MARKUP_SPECIALS = /[\\#$*_`<>@[\]~/\-+=.:'"]/g;

/** Text as Typst markup that prints exactly this text; line breaks become spaces. */
export function escapeMarkup(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').replace(MARKUP_SPECIALS, (c) => '\\' + c);
}

/** A Typst string literal (`"…"`) holding exactly this text. */
export function typstString(text: string): string {
  return '"' + text.replace(/[\\"]/g, (c) => '\\' + c).replace(/\r\n?|\n/g, '\\n').replace(/\t/g, '\\t') + '"';
}
