// These plugins ship no type declarations; we use each only as a markdown-it plugin.
declare module 'markdown-it-footnote' {
  import type { PluginSimple } from 'markdown-it';
  const footnote: PluginSimple;
  export default footnote;
}
declare module 'markdown-it-emoji' {
  import type { PluginSimple } from 'markdown-it';
  export const full: PluginSimple;
  export const light: PluginSimple;
  export const bare: PluginSimple;
}
declare module 'markdown-it-emoji/lib/data/full.mjs' {
  const emojiByName: Record<string, string>;
  export default emojiByName;
}
