/**
 * Fast LaTeX → Unicode for the text most BibTeX files hold: accents, special letters, escaped symbols,
 * dashes, quotes, protective braces and font commands. Anything else (math, unknown commands) returns
 * undefined so the caller hands it to @retorquere/bibtex-parser, which knows the long tail; doing the
 * common cases here keeps a 10,000-entry file fast (the full LaTeX parser costs about 1 ms per entry).
 */

const ACCENTS: Record<string, string> = {
  '"': '\u0308', "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030C', H: '\u030B', c: '\u0327', k: '\u0328', r: '\u030A', d: '\u0323', b: '\u0331',
};

const LETTERS: Record<string, string> = {
  L: 'Ł', l: 'ł', o: 'ø', O: 'Ø', ss: 'ß', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', i: 'ı', j: 'ȷ',
  dh: 'ð', DH: 'Ð', th: 'þ', TH: 'Þ', ng: 'ŋ', NG: 'Ŋ', dj: 'đ', DJ: 'Đ',
  ldots: '…', dots: '…', textellipsis: '…', textendash: '–', textemdash: '—',
  textquoteleft: '‘', textquoteright: '’', textquotedblleft: '“', textquotedblright: '”',
  LaTeX: 'LaTeX', TeX: 'TeX', BibTeX: 'BibTeX', textregistered: '®', texttrademark: '™', copyright: '©',
  textcopyright: '©', textdegree: '°', S: '§', P: '¶', pounds: '£', euro: '€', texteuro: '€',
  protect: '', relax: '', textbar: '|', textasciitilde: '~',
};

// Font and box commands: the command goes, its argument (the following group) stays as text.
const FONT = new Set([
  'emph', 'textit', 'textbf', 'textsc', 'textrm', 'texttt', 'textsf', 'textsl', 'textup', 'textmd', 'textnormal',
  'mbox', 'text', 'hbox', 'bf', 'it', 'em', 'sc', 'rm', 'tt', 'sf', 'sl', 'upshape', 'itshape', 'bfseries', 'scshape', 'normalfont', 'NoCaseChange',
]);

const SPECIAL = /[\\{}$~`'\t\r\n-]| {2}/;
const NON_ASCII = /[^\x00-\x7f]/;

const SYMBOLS: Record<string, string> = { '&': '&', '%': '%', $: '$', '#': '#', _: '_', ' ': ' ', ',': ' ', ';': ' ', '-': '', '/': '', '\\': ' ' };

/** Converts LaTeX text to Unicode, or returns undefined when it holds something only a full parser knows. */
export function latexToText(tex: string): string | undefined {
  // Most values (years, pages without dashes, plain names) hold nothing to convert.
  if (!SPECIAL.test(tex)) return NON_ASCII.test(tex) ? tex.trim().normalize('NFC') : tex.trim();
  let out = '';
  let i = 0;
  const n = tex.length;
  while (i < n) {
    const c = tex[i]!;
    if (c === '\\') {
      const r = command(tex, i);
      if (r === undefined) return undefined;
      out += r.text;
      i = r.next;
    } else if (c === '{' || c === '}') {
      i++;
    } else if (c === '$') {
      return undefined;
    } else if (c === '-' && tex[i + 1] === '-') {
      if (tex[i + 2] === '-') {
        out += '—';
        i += 3;
      } else {
        out += '–';
        i += 2;
      }
    } else if (c === '~') {
      out += '\u00a0';
      i++;
    } else if (c === '`') {
      if (tex[i + 1] === '`') {
        out += '“';
        i += 2;
      } else {
        out += '‘';
        i++;
      }
    } else if (c === "'" && tex[i + 1] === "'") {
      out += '”';
      i += 2;
    } else {
      out += c;
      i++;
    }
  }
  out = out.replace(/[ \t\r\n]+/g, ' ').trim();
  return NON_ASCII.test(out) ? out.normalize('NFC') : out;
}

function command(tex: string, start: number): { text: string; next: number } | undefined {
  const next = tex[start + 1];
  if (next === undefined) return undefined;
  if (next in SYMBOLS) return { text: SYMBOLS[next]!, next: start + 2 };
  if (!/[A-Za-z]/.test(next)) {
    const mark = ACCENTS[next];
    return mark ? accent(tex, start + 2, mark, false) : undefined;
  }
  let end = start + 1;
  while (end < tex.length && /[A-Za-z]/.test(tex[end]!)) end++;
  const name = tex.slice(start + 1, end);
  const mark = name.length === 1 ? ACCENTS[name] : undefined;
  if (mark) return accent(tex, end, mark, true);
  let after = end;
  while (tex[after] === ' ' || tex[after] === '\t' || tex[after] === '\n' || tex[after] === '\r') after++;
  if (name in LETTERS) {
    // `\ss{}` and `{\L}ukasz`: an empty group after a letter command only ends the command name.
    if (tex.startsWith('{}', after)) after += 2;
    return { text: LETTERS[name]!, next: after };
  }
  if (FONT.has(name)) return { text: '', next: after };
  return undefined;
}

// `\"u`, `\"{u}`, `\v{r}`, `\v r`, `\'{\i}` → base letter plus a combining mark (NFC composes them later).
function accent(tex: string, at: number, mark: string, needsSeparator: boolean): { text: string; next: number } | undefined {
  let i = at;
  if (tex[i] === '{') {
    const close = tex.indexOf('}', i);
    if (close < 0) return undefined;
    const base = dotless(tex.slice(i + 1, close).trim());
    return base === undefined ? undefined : { text: base + mark, next: close + 1 };
  }
  if (needsSeparator) {
    if (tex[i] !== ' ') return undefined;
    while (tex[i] === ' ') i++;
  }
  if (tex[i] === '\\') {
    const m = /^\\([ij])(?![A-Za-z])/.exec(tex.slice(i, i + 3));
    if (!m) return undefined;
    return { text: m[1]! + mark, next: i + 2 };
  }
  const base = tex[i];
  if (base === undefined || !/\p{L}/u.test(base)) return undefined;
  return { text: base + mark, next: i + 1 };
}

function dotless(base: string): string | undefined {
  if (base === '\\i') return 'i';
  if (base === '\\j') return 'j';
  if (base === '') return ' ';
  return [...base].length === 1 && /\p{L}/u.test(base) ? base : undefined;
}
