import { readFileSync } from 'node:fs';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { describeFsFault, isFsFault } from '../diagnostics/fs-fault.js';
import { decodeUtf8, SourceText } from './source-text.js';

/** Reads a site file as strict UTF-8; invalid bytes are a diagnostic with the byte offset, never U+FFFD. */
export function readSource(absolutePath: string, relativePath: string, bag: DiagnosticBag): SourceText | undefined {
  try {
    return readDecoded(absolutePath, relativePath, bag);
  } catch (error) {
    // Unreadable, or deleted since the folder was listed: the user's to fix, so a diagnostic, not a crash.
    if (!isFsFault(error)) throw error;
    const fault = describeFsFault(error, relativePath);
    bag.error(fault.rule, relativePath, undefined, fault.message, fault.hint);
    return undefined;
  }
}

function readDecoded(absolutePath: string, relativePath: string, bag: DiagnosticBag): SourceText | undefined {
  // Node's own UTF-8 read is the fast path; it turns bad bytes into U+FFFD, so a file holding one is read
  // again as bytes to find out whether the character was written by its author or by the decoder.
  const text = readFileSync(absolutePath, 'utf8');
  if (!text.includes('\uFFFD')) return new SourceText(relativePath, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const bytes = readFileSync(absolutePath);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, decoded.byteOffset));
    const position = new SourceText(relativePath, before).position(before.length);
    bag.error('invalid-utf8', relativePath, position, `The file is not valid UTF-8 (bad byte 0x${bytes[decoded.byteOffset]!.toString(16).padStart(2, '0')} at byte offset ${decoded.byteOffset}).`,
      'Save the file as UTF-8 in your editor; text copied from PDFs or old Windows files is often in another encoding.');
    return undefined;
  }
  return new SourceText(relativePath, decoded.text);
}
