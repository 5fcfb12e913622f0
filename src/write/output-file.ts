/** One file of the built site, held in memory until the whole build has succeeded. */
export type OutputFile =
  | { path: string; content: string | Uint8Array }
  /** A static file, copied from `from` (absolute) when written; with `sha256`, only if its bytes still hash to it. */
  | { path: string; from: string; sha256?: string };
