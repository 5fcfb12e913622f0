import { createRequire } from 'node:module';

/** The few shiki types Vita uses; the packages are loaded on first use only. */
export interface SyncHighlighter {
  codeToHtml(code: string, options: Record<string, unknown>): string;
  loadLanguageSync(...langs: unknown[]): void;
  getLoadedLanguages(): string[];
}

export const LIGHT_THEME = 'github-light';
export const DARK_THEME = 'github-dark';

// Shiki takes a while to start; `require` of its ES modules (Node ≥ 20.19) keeps the Markdown
// pipeline synchronous and lets a site without code blocks never load it at all.
const requireFromHere = createRequire(import.meta.url);
let highlighter: SyncHighlighter | undefined;
let aliases: Map<string, string> | undefined;

/** The shared highlighter with the light and dark themes, created on the first call. */
export function shikiHighlighter(): SyncHighlighter {
  if (!highlighter) {
    const requireFromShiki = createRequire(requireFromHere.resolve('shiki'));
    const core = requireFromShiki('shiki/core') as { createHighlighterCoreSync(o: object): SyncHighlighter };
    const engine = requireFromShiki('shiki/engine/javascript') as { createJavaScriptRegexEngine(): unknown };
    const theme = (name: string) => (requireFromShiki(`@shikijs/themes/${name}`) as { default: unknown }).default;
    highlighter = core.createHighlighterCoreSync({ themes: [theme(LIGHT_THEME), theme(DARK_THEME)], langs: [], engine: engine.createJavaScriptRegexEngine() });
  }
  return highlighter;
}

/** Shiki's id for a fence's language name or alias (`js` → `javascript`), or undefined when shiki has no grammar for it. */
export function languageId(name: string): string | undefined {
  if (!aliases) {
    const requireFromShiki = createRequire(requireFromHere.resolve('shiki'));
    const info = (requireFromShiki('shiki/langs') as { bundledLanguagesInfo: Array<{ id: string; aliases?: string[] }> }).bundledLanguagesInfo;
    aliases = new Map();
    for (const lang of info) {
      aliases.set(lang.id, lang.id);
      for (const alias of lang.aliases ?? []) aliases.set(alias, lang.id);
    }
  }
  return aliases.get(name.toLowerCase());
}

/** Makes sure the grammar `id` (and those it embeds) is loaded. */
export function ensureLanguage(h: SyncHighlighter, id: string): void {
  if (h.getLoadedLanguages().includes(id)) return;
  const requireFromShiki = createRequire(requireFromHere.resolve('shiki'));
  h.loadLanguageSync((requireFromShiki(`@shikijs/langs/${id}`) as { default: unknown }).default);
}
