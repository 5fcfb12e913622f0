import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** A diagnostic as the Typst compiler reports it: 0-based line and UTF-16 character. */
export interface TypstMessage {
  message: string;
  /** 1 error, 2 warning (LSP numbering). */
  severity: number;
  range?: { start: { line: number; character: number } } | null;
}

/** Where a line of the compiled source comes from: the owner's design file, or the generated CV source. */
export interface SourceLine {
  file: string;
  line: number;
  /** The file is on disk, so the report can show a code frame from it. */
  onDisk: boolean;
  /** The owner wrote this part (their own design), rather than Vita. */
  owners: boolean;
}

const VITA_HINT = 'This is a bug in Vita\'s CV design; run `vita cv --typ` to see the Typst source, and please ' +
  'report it with this message.';
const OWNER_HINT = 'Fix the design file; Typst\'s documentation is at https://typst.app/docs/.';

/**
 * Typst's messages as Vita diagnostics at the position in the file the line comes from. When that file is not
 * on disk (the CV source was compiled from memory), the offending line is quoted in the message.
 */
export function typstDiagnostics(
  messages: readonly TypstMessage[], source: string, locate: (line: number) => SourceLine,
): Diagnostic[] {
  const lines = source.split('\n');
  // Typst reports the calls an error happened in as extra messages; the error's own position says enough.
  return messages.filter((m) => !/^(while calling|error occurred (in|while))\b/.test(m.message)).map((m): Diagnostic => {
    const start = m.range?.start;
    const at = start ? locate(start.line + 1) : undefined;
    const quoted = at && !at.onDisk ? `\n  ${at.line} | ${lines[start!.line]?.trimEnd() ?? ''}` : '';
    const error = m.severity === 1;
    // The compiler appends Typst's own hints to the message; they belong with Vita's hint.
    const [message, ...hints] = m.message.split(/, hints?: /);
    const typstHints = hints.map((h) => h.charAt(0).toUpperCase() + h.slice(1).replace(/([^.])$/, '$1.') + ' ').join('');
    return {
      rule: error ? 'cv-typst-error' : 'cv-typst-warning',
      severity: error ? 'error' : 'warning',
      file: at?.file ?? locate(1).file,
      ...(at && start ? { position: { line: at.line, col: start.character + 1 } } : {}),
      message: `${error ? 'Typst could not compile the CV' : 'Typst warns'}: ${message}.${quoted}`,
      hint: typstHints + (at?.owners ? OWNER_HINT : VITA_HINT),
    };
  });
}
