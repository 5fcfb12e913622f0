/**
 * Takes active content out of HTML that the importer puts where Vita publishes raw HTML (a project's `body:`,
 * which is Markdown by design and trusted like pages/): an imported repository is someone else's code, so its
 * scripts, plug-ins, event handlers and script links are dropped, each named in the report.
 */
import { fencedRanges, inRanges } from './edits.js';
import { scanHtml, VOID, type Token } from './html/scan.js';

/** Elements dropped with everything inside them. */
const DROPPED_WITH_CONTENT = new Set(['script', 'object', 'applet', 'frameset', 'template']);
/** Elements dropped (they have no content): they load code or change where the page's links go. */
const DROPPED = new Set(['embed', 'base', 'meta', 'link', 'frame']);
/** Attributes that hold an address a browser loads or follows. */
const ADDRESS_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background']);

export interface Sanitised {
  text: string;
  /** What was taken out, e.g. `<script>`, `onclick on <img>`, `javascript: link on <a>`. */
  removed: string[];
}

/** `markdown` with active HTML taken out; fenced code is left as written. */
export function sanitiseHtml(markdown: string): Sanitised {
  const fenced = fencedRanges(markdown);
  const removed: string[] = [];
  const out: string[] = [];
  let last = 0;
  const tokens = scanHtml(markdown).filter((t) => !inRanges(fenced, t.start));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'open' && token.kind !== 'close') continue;
    let replacement: string | undefined;
    let end = token.end;
    if (DROPPED_WITH_CONTENT.has(token.name) || DROPPED.has(token.name)) {
      replacement = '';
      if (token.kind === 'open') removed.push(`<${token.name}>`);
      if (token.kind === 'open' && DROPPED_WITH_CONTENT.has(token.name) && !token.selfClosing) {
        const close = closingIndex(tokens, i);
        end = close < 0 ? markdown.length : tokens[close]!.end;
        i = close < 0 ? tokens.length : close;
      }
    } else if (token.kind === 'open') {
      const unsafe = Object.keys(token.attrs).filter((name) => isUnsafeAttribute(name, token.attrs[name]!));
      if (unsafe.length) {
        for (const name of unsafe) removed.push(/^on/.test(name) ? `${name} on <${token.name}>` : `${name}="${token.attrs[name]}" on <${token.name}>`);
        replacement = rebuildTag(token, unsafe);
      }
    }
    if (replacement === undefined) continue;
    out.push(markdown.slice(last, token.start), replacement);
    last = end;
  }
  out.push(markdown.slice(last));
  return { text: out.join(''), removed };
}

// Index of the token closing the element opened at `open`, or -1.
function closingIndex(tokens: readonly Token[], open: number): number {
  const name = (tokens[open] as { name: string }).name;
  for (let k = open + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'close' && t.name === name) return k;
  }
  return -1;
}

function isUnsafeAttribute(name: string, value: string): boolean {
  if (name.startsWith('on') || name === 'srcdoc') return true;
  if (!ADDRESS_ATTRIBUTES.has(name)) return false;
  // Browsers ignore control characters and spaces inside a scheme, and read character references.
  const scheme = value.replace(/&#x?0*(?:9|a|d|10|13);?|&(?:tab|newline);/gi, '').replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(?:javascript|vbscript):/.test(scheme) || (/^data:/.test(scheme) && !/^data:image\/(?:png|jpe?g|gif|webp|avif);/.test(scheme));
}

// The tag written again without the named attributes (values kept as written, in double quotes).
function rebuildTag(token: Extract<Token, { kind: 'open' }>, drop: readonly string[]): string {
  const attrs = Object.entries(token.attrs).filter(([name]) => !drop.includes(name))
    .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`).join('');
  return `<${token.name}${attrs}${token.selfClosing && !VOID.has(token.name) ? ' /' : ''}>`;
}
