import type { Creator } from '@retorquere/bibtex-parser';
import { bibtexParser } from '../../lazy-modules.js';
import { latexToText } from './latex-text.js';
import { splitNames, type RawName } from './names.js';

/** A name converted to Unicode. `literal` names (organisations) have no given/family split. */
export interface TextName {
  given?: string;
  family?: string;
  suffix?: string;
  literal?: string;
}

/** A value that is known now (fast path) or after `flush()` (full parser). */
export interface Slot<T> {
  value: T;
}

interface Pending {
  id: string;
  field: 'title' | 'author';
  raw: string;
  done: (converted: string | Creator[]) => void;
  onUnknown: (command: string) => void;
}

const MATH = /(?<!\\)\$([^$]+)\$/g;
// The parser reads `<` and `>` as OT1 glyphs (¡ ¿) and wraps markup in HTML tags, so the real brackets are
// swapped for private-use characters on the way in and back on the way out.
const LT = '\uE000', GT = '\uE001';
const MATH_BASE = 0xe100;
// Operator names print as words in math (`$O(n \log n)$` → O(n log n)).
const MATH_OPERATORS = new Set(['log', 'ln', 'lg', 'exp', 'sin', 'cos', 'tan', 'max', 'min', 'sup', 'inf', 'lim', 'det', 'dim', 'ker', 'arg', 'deg', 'gcd', 'Pr', 'mod', 'argmax', 'argmin']);

/**
 * Converts BibTeX field values to Unicode: the fast path first, the rest in one batched call of
 * @retorquere/bibtex-parser (`sentenceCase: false`) when `flush()` is called.
 */
export class LatexConverter {
  private pending: Pending[] = [];

  /** Text of a field; with `keepMath`, `$…$` stays as written (for KaTeX) while the rest is converted. */
  text(raw: string, onUnknown: (command: string) => void, keepMath = false): Slot<string> {
    const maths: string[] = [];
    const body = keepMath ? raw.replace(MATH, (m) => String.fromCharCode(MATH_BASE + maths.push(m) - 1)) : raw;
    const restore = (s: string) => (maths.length ? s.replace(/[\uE100-\uE1FF]/g, (c) => maths[c.charCodeAt(0) - MATH_BASE] ?? '') : s);
    const fast = latexToText(body);
    if (fast !== undefined) return { value: restore(fast) };
    const slot: Slot<string> = { value: '' };
    this.pending.push({ id: `v${this.pending.length}`, field: 'title', raw: body, onUnknown, done: (v) => (slot.value = restore(clean(v as string))) });
    return slot;
  }

  /** An author/editor list; `others` is true for a trailing `and others`. */
  names(raw: string, onUnknown: (command: string) => void): Slot<{ names: TextName[]; others: boolean }> {
    const split = splitNames(raw);
    const fast = split.names.map(fastName);
    if (fast.every((n): n is TextName => n !== undefined)) return { value: { names: fast, others: split.others } };
    const slot: Slot<{ names: TextName[]; others: boolean }> = { value: { names: [], others: split.others } };
    this.pending.push({
      id: `v${this.pending.length}`, field: 'author', raw, onUnknown,
      done: (v) => (slot.value = { names: (v as Creator[]).filter((c) => c.name !== 'others' && c.lastName !== 'others').map(fromCreator), others: split.others }),
    });
    return slot;
  }

  /** True when some value waits for the full parser (`flush()` needs @retorquere/bibtex-parser loaded). */
  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** Converts everything the fast path could not, in one parser run. */
  flush(): void {
    if (this.pending.length === 0) return;
    const byId = new Map(this.pending.map((p) => [p.id, p]));
    const source = this.pending.map((p) => `@misc{${p.id},\n  ${p.field} = {${p.raw.replace(/</g, LT).replace(/>/g, GT)}}\n}\n`).join('');
    const library = bibtexParser().parse(source, {
      sentenceCase: false,
      unsupported: (node, tex, entry) => {
        // Unknown commands inside math only affect the plain-text title; KaTeX renders the page's version.
        if ((node as { _renderInfo?: { mode?: string } })._renderInfo?.mode === 'math') {
          const name = tex.replace(/^\\/, '');
          return MATH_OPERATORS.has(name) ? ` ${name} ` : '';
        }
        byId.get(entry.key)?.onUnknown(tex);
        return '';
      },
    });
    for (const entry of library.entries) {
      const p = byId.get(entry.key);
      if (!p) continue;
      p.done(p.field === 'author' ? entry.fields.author ?? [] : (entry.fields.title ?? ''));
    }
    this.pending = [];
  }
}

/** Plain text of a title that contains `$…$` math, with the math turned into Unicode where possible. */
export function mathTitleToText(raw: string): string {
  const converter = new LatexConverter();
  // Math always takes the slow path, which is fine: few titles have it.
  const slot = converter.text(raw, () => {});
  converter.flush();
  return slot.value;
}

function fastName(name: RawName): TextName | undefined {
  if (name.literal !== undefined) {
    const literal = latexToText(name.literal);
    return literal === undefined ? undefined : { literal };
  }
  const first = latexToText(name.first), von = latexToText(name.von), last = latexToText(name.last), jr = latexToText(name.jr);
  if (first === undefined || von === undefined || last === undefined || jr === undefined) return undefined;
  const family = [von, last].filter(Boolean).join(' ');
  return { ...(first ? { given: first } : {}), ...(family ? { family } : {}), ...(jr ? { suffix: jr } : {}) };
}

function fromCreator(c: Creator): TextName {
  if (c.name !== undefined) return { literal: clean(c.name) };
  const family = [c.prefix, c.lastName].filter(Boolean).map((s) => clean(s!)).join(' ');
  return { ...(c.firstName ? { given: clean(c.firstName) } : {}), ...(family ? { family } : {}), ...(c.suffix ? { suffix: clean(c.suffix) } : {}) };
}

// The parser's output carries HTML markup (<i>, <sup> …) and may keep bits of unknown LaTeX; the model holds
// plain text, so tags go, brackets come back, and no backslash or brace survives.
function clean(s: string): string {
  return s
    .replace(/<[^>]*>/g, '')
    .replace(/\uE000/g, '<')
    .replace(/\uE001/g, '>')
    .replace(/\\[A-Za-z]+\s*/g, '')
    .replace(/[\\{}]/g, '')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim()
    .normalize('NFC');
}
