/**
 * Escaping data values for Typst. Every character that Typst markup gives a meaning to is escaped with a
 * backslash, so a value is always printed as written: `#` would start code, `$` math, `*` and `_` strong and
 * emphasis, `@` a reference, `<…>` a label, `[`/`]` content, `/` a comment (`//`) or term list, `-`, `+`, `=`,
 * `.` and `:` list, heading and shorthand syntax (`--`, `...`), `~` a non-breaking space, and quotes smart quotes.
 */
const MARKUP_SPECIALS = /[\\#$*_`<>@[\]~/\-+=.:'"]/g;

/**
 * What Typst takes for white space and line ends: besides CR and LF, it ends a line at VT, FF, NEL and the
 * Unicode line and paragraph separators. A data value is kept on its line, where its escaping holds (a line end
 * inside a `//` comment would let the rest of a value run as code).
 */
const TYPST_BREAKS = /[ \t\n\v\f\r\u0085\u2028\u2029]+/g;

/** Text as Typst markup that prints exactly this text; line breaks become spaces. */
export function escapeMarkup(text: string): string {
  return text.replace(TYPST_BREAKS, ' ').replace(MARKUP_SPECIALS, (c) => '\\' + c);
}

/** A `//` comment line holding `text`, which cannot end the comment early. */
export function typstComment(text: string): string {
  return '// ' + text.replace(TYPST_BREAKS, ' ');
}

/** A Typst string literal (`"…"`) holding exactly this text, on one line of the source. */
export function typstString(text: string): string {
  return '"' + text.replace(/[\\"]/g, (c) => '\\' + c).replace(/\r\n?|\n/g, '\\n').replace(/\t/g, '\\t')
    .replace(/[\v\f\u0085\u2028\u2029]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`) + '"';
}
