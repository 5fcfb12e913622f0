import { readFileSync } from 'node:fs';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { decodeUtf8, SourceText } from './source-text.js';

/** Reads a site file as strict UTF-8; invalid bytes are a diagnostic with the byte offset, never U+FFFD. */
export function readSource(absolutePath: string, relativePath: string, bag: DiagnosticBag): SourceText | undefined {
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
