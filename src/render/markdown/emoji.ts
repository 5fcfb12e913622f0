import type { MarkdownIt, StateInline } from 'markdown-it';
import emojiByName from 'markdown-it-emoji/lib/data/full.mjs';

const NAME = /^:([a-z0-9_+-]+):/;
const COLON = 0x3a;

/**
 * `:fire:` → 🔥, with the GitHub/Slack shortcode names. An inline rule that runs only where a colon
 * stands, instead of a regex over every text token: on a site of plain prose that is most of the cost.
 * Smiley shortcuts such as `:>` are not converted; the seed writes ":>!" and means it literally.
 */
export function emojiPlugin(md: MarkdownIt): void {
  md.inline.ruler.push('vita_emoji', (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== COLON) return false;
    const m = NAME.exec(state.src.slice(state.pos, state.pos + 64));
    const emoji = m ? (emojiByName as Record<string, string>)[m[1]!] : undefined;
    if (!m || emoji === undefined) return false;
    if (!silent) state.push('vita_emoji', '', 0).content = emoji;
    state.pos += m[0].length;
    return true;
  });
  md.renderer.rules.vita_emoji = (tokens, idx) => tokens[idx]!.content;
}
