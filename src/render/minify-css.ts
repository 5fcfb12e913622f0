/**
 * Shrinks the theme's CSS without changing what it means: comments go, runs of white space become one
 * space, and spaces next to `{ } ; ,` and after a property's colon go. Strings are left as they are.
 */
export function minifyCss(css: string): string {
  const parts: string[] = [];
  // The code between strings and comments is taken a run at a time: a character at a time, the 30 KB theme
  // became a chain of tens of thousands of one-character strings in every build.
  let code = '';
  let from = 0;
  let i = 0;
  while (i < css.length) {
    const c = css.charCodeAt(i);
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      const end = closingQuote(css, i);
      parts.push(squeeze(code + css.slice(from, i)), css.slice(i, end + 1));
      code = '';
      i = from = end + 1;
    } else if (c === 0x2f /* / */ && css.charCodeAt(i + 1) === 0x2a /* * */) {
      code += css.slice(from, i);
      const end = css.indexOf('*/', i + 2);
      i = from = end < 0 ? css.length : end + 2;
    } else {
      i++;
    }
  }
  parts.push(squeeze(code + css.slice(from)));
  return parts.join('').trim() + '\n';
}

// Only ever applied to text outside strings.
function squeeze(code: string): string {
  return code
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/([{;])([-\w]+) ?: ?/g, '$1$2:') // `prop: value` → `prop:value` (declarations follow { or ;)
    .replace(/;}/g, '}');
}

function closingQuote(css: string, start: number): number {
  const quote = css[start];
  for (let i = start + 1; i < css.length; i++) {
    if (css[i] === '\\') i++;
    else if (css[i] === quote) return i;
  }
  return css.length - 1;
}
