/** How this process started: from Vita's V8 start-up snapshot, or by loading the CLI's code normally. */
export type StartKind = { kind: 'snapshot'; blob: string } | { kind: 'normal' };

let current: StartKind = { kind: 'normal' };

/** Records that the process was started from the snapshot `blob` (called once, by the snapshot's main function). */
export function markSnapshotStart(blob: string): void {
  current = { kind: 'snapshot', blob };
}

/** How this process started. */
export function startKind(): StartKind {
  return current;
}
