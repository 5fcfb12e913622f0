/** What a recogniser says about a block of hand-written HTML. */
import type { NewsRecord } from './news.js';
import type { TimelineRecord } from './timeline.js';
import type { PublicationRecord } from './publications.js';
import type { HonorRecord } from './honors.js';

export type Recognition =
  | { kind: 'news'; records: NewsRecord[]; count: number }
  | { kind: 'timeline'; experience: TimelineRecord[]; education: TimelineRecord[]; order: ('experience' | 'education')[]; count: number }
  | { kind: 'publications'; records: PublicationRecord[]; owners: string[]; count: number }
  | { kind: 'honors'; records: HonorRecord[]; count: number };

/**
 * `claimed: false` — not this kind of block at all. `claimed: true` with `result` — converted;
 * with `nearMiss` — it looks like this kind but something does not fit, so it stays verbatim.
 */
export type Attempt =
  | { claimed: false }
  | { claimed: true; result: Recognition }
  | { claimed: true; what: string; nearMiss: string };
