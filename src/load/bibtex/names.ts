/**
 * BibTeX name lists (`Family, Given and Given von Family and {Org Name}`) split by BibTeX's own rules,
 * on the raw LaTeX so that braces still protect what they should.
 */

/** One name's parts, still as LaTeX; `literal` is set for a fully braced name such as `{Google DeepMind}`. */
export interface RawName {
  first: string;
  von: string;
  last: string;
  jr: string;
  literal?: string;
}

export interface RawNameList {
  names: RawName[];
  /** The list ended with `and others`. */
  others: boolean;
}

/** Splits an author or editor field into names. */
export function splitNames(tex: string): RawNameList {
  const chunks = splitTopLevel(tex, (word) => word === 'and');
  const names: RawName[] = [];
  let others = false;
  for (const words of chunks) {
    if (words.length === 0) continue;
    if (words.length === 1 && words[0] === 'others') {
      others = true;
      continue;
    }
    names.push(parseName(words));
  }
  return { names, others };
}

// Words separated by whitespace at brace depth 0; `isSeparator` words split the list into groups.
function splitTopLevel(tex: string, isSeparator: (word: string) => boolean): string[][] {
  const groups: string[][] = [[]];
  let word = '';
  let depth = 0;
  const flush = () => {
    if (word === '') return;
    if (isSeparator(word)) groups.push([]);
    else groups[groups.length - 1]!.push(word);
    word = '';
  };
  for (const c of tex) {
    if (c === '{') depth++;
    else if (c === '}') depth--;
    if (depth === 0 && /\s/.test(c)) flush();
    else if (depth === 0 && c === ',') {
      flush();
      groups[groups.length - 1]!.push(',');
    } else word += c;
  }
  flush();
  return groups;
}

function parseName(words: string[]): RawName {
  if (words.length === 1 && /^\{[^]*\}$/.test(words[0]!) && !words[0]!.startsWith('{\\')) {
    return { first: '', von: '', last: words[0]!, jr: '', literal: words[0]!.slice(1, -1) };
  }
  const parts: string[][] = [[]];
  for (const w of words) {
    if (w === ',') parts.push([]);
    else parts[parts.length - 1]!.push(w);
  }
  if (parts.length === 1) {
    // First von Last: "von" runs from the first lower-case word to the last one before the final word.
    const ws = parts[0]!;
    let vonStart = -1, vonEnd = -1;
    for (let i = 0; i < ws.length - 1; i++) {
      if (isLower(ws[i]!)) {
        if (vonStart < 0) vonStart = i;
        vonEnd = i;
      }
    }
    if (vonStart < 0) return { first: ws.slice(0, -1).join(' '), von: '', last: ws[ws.length - 1] ?? '', jr: '' };
    return { first: ws.slice(0, vonStart).join(' '), von: ws.slice(vonStart, vonEnd + 1).join(' '), last: ws.slice(vonEnd + 1).join(' '), jr: '' };
  }
  const head = parts[0]!;
  let lastStart = 0;
  for (let i = 0; i < head.length - 1; i++) if (isLower(head[i]!)) lastStart = i + 1;
  const von = head.slice(0, lastStart).join(' ');
  const last = head.slice(lastStart).join(' ');
  if (parts.length === 2) return { first: parts[1]!.join(' '), von, last, jr: '' };
  return { first: parts.slice(2).map((p) => p.join(' ')).join(' '), von, last, jr: parts[1]!.join(' ') };
}

// BibTeX decides "von" by the first letter at brace depth 0; a `{\…}` special character counts by its letter.
function isLower(word: string): boolean {
  let i = 0;
  if (word.startsWith('{\\')) {
    const m = /^\{\\(?:[^A-Za-z]|[A-Za-z]+)\s*\{?([A-Za-z])/.exec(word);
    return m ? m[1]! === m[1]!.toLowerCase() : false;
  }
  while (i < word.length && !/[A-Za-z{]/.test(word[i]!)) i++;
  const c = word[i];
  if (c === undefined || c === '{') return false;
  return c === c.toLowerCase();
}
