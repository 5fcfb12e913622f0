// Shared pieces of the fuzz tests: a fixed seed, token-soup arbitraries and the diagnostic invariant.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

/** Same inputs on every run, so a failure is reproducible; 10,000 inputs per loader as the issue asks. */
export const FUZZ = { seed: 20261128, numRuns: 10_000, endOnFailure: true } as const;

/**
 * Text made of syntax-bearing tokens mixed with arbitrary characters: random strings alone almost never
 * reach the interesting paths of a parser, tokens alone never find the odd character.
 */
export function tokenSoup(tokens: readonly string[], maxTokens = 40): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...tokens) },
    { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) },
    { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\r', ' ', '  ', '\t', '\uFEFF', '\u0000', '\u00e9', '\u{1F525}', 'e\u0301') },
  );
  return fc.array(piece, { maxLength: maxTokens }).map((parts) => parts.join(''));
}

/** Every diagnostic names `file` and, unless it is about the whole file, has a 1-based position inside `text`. */
export function assertPositioned(diagnostics: readonly Diagnostic[], file: string, text: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of diagnostics) {
    assert.equal(d.file, file, `${d.rule}: wrong file`);
    assert.ok(d.position, `${d.rule} "${d.message}" has no position`);
    const { line, col } = d.position;
    assert.ok(Number.isInteger(line) && line >= 1 && line <= lines.length, `${d.rule}: line ${line} outside 1..${lines.length}`);
    assert.ok(Number.isInteger(col) && col >= 1 && col <= (lines[line - 1]?.length ?? 0) + 1, `${d.rule}: col ${col} outside line ${line}`);
    assert.ok(d.message.length > 0 && !/\n\s+at /.test(d.message), `${d.rule}: empty message or stack trace`);
  }
}

/** Fails if any fuzz input managed to add a property to Object.prototype. */
export function assertNoPollution(): void {
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.keys(Object.prototype).length, 0);
}
