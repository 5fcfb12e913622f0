/**
 * Shrinks the theme's CSS without changing what it means: comments go, runs of white space become one
 * space, and spaces next to `{ } ; ,` and after a property's colon go. Strings are left as they are.
 */
export function minifyCss(css: string): string {
  const parts: string[] = [];
  let code = '';
  let i = 0;
  while (i < css.length) {
    const c = css[i]!;
    if (c === '"' || c === "'") {
      const end = closingQuote(css, i);
      parts.push(squeeze(code), css.slice(i, end + 1));
      code = '';
      i = end + 1;
    } else if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
    } else {
      code += c;
      i++;
    }
  }
  parts.push(squeeze(code));
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
