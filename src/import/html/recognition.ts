/** What a recogniser says about a block of hand-written HTML. */
import type { HonorRecord, NewsRecord, PublicationRecord, TimelineRecord } from './records.js';

export type Recognition =
  | { kind: 'news'; records: NewsRecord[]; count: number }
  | { kind: 'timeline'; experience: TimelineRecord[]; education: TimelineRecord[]; order: ('experience' | 'education')[]; count: number }
  | { kind: 'publications'; records: PublicationRecord[]; owners: string[]; count: number; section?: string }
  | { kind: 'honors'; records: HonorRecord[]; count: number };

/**
 * `claimed: false` — not this kind of block at all. `claimed: true` with `result` — converted;
 * with `nearMiss` — it looks like this kind but something does not fit, so it stays verbatim.
 */
export type Attempt =
  | { claimed: false }
  | { claimed: true; result: Recognition }
  | { claimed: true; what: string; nearMiss: string };
