/**
 * An email address that people can read and click without JavaScript but that naive scrapers miss:
 * the text reads `name [at] host` and every character of the link is an HTML character reference.
 * Built as a string because JSX would escape the references a second time.
 */

// Alternating decimal and hex references defeats scrapers that decode only one form.
function encode(text: string): string {
  let out = '';
  let i = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out += i++ % 2 === 0 ? `&#${code};` : `&#x${code.toString(16)};`;
  }
  return out;
}

/** The `<a>` for one address; `address` comes from data and is fully encoded, so it cannot inject markup. */
export function emailLinkHtml(address: string): string {
  const at = address.lastIndexOf('@');
  const local = at < 0 ? address : address.slice(0, at);
  const host = at < 0 ? '' : address.slice(at + 1);
  const text = host ? `${encode(local)}<span class="email__at"> [at] </span>${encode(host)}` : encode(local);
  return `<a class="email" href="${encode(`mailto:${address}`)}">${text}</a>`;
}
