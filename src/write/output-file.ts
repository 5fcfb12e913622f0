/** One file of the built site, held in memory until the whole build has succeeded. */
export type OutputFile =
  | { path: string; content: string | Uint8Array }
  /** A static file, copied from `from` (absolute) when written; with `sha256`, only if its bytes still hash to it. */
  | { path: string; from: string; sha256?: string };

/**
 * A file made as it is written, from strings in order: a page too big to hold as one string (the list of
 * 10,000 papers, ~40 MB). A build that keeps its files in memory joins them into an OutputFile.
 */
export interface OutputPieces {
  path: string;
  parts: Iterable<string>;
}

/** A file as a build that writes nothing keeps it: text as UTF-8 bytes, off the JS heap. */
export function inMemory(file: OutputFile | OutputPieces): OutputFile {
  if ('parts' in file) return { path: file.path, content: Buffer.concat([...file.parts].map((part) => Buffer.from(part))) };
  return 'content' in file && typeof file.content === 'string' ? { path: file.path, content: Buffer.from(file.content) } : file;
}
