/** Named arguments of a design's `cv-entry` (markup each), left out when undefined or empty. */
export interface EntryParts {
  /** The date column: `Sep 2019 – Jun 2023`. */
  when?: string;
  /** The main line, in bold: a degree, a position, a course. */
  title?: string;
  /** Where: the organisation, the event. */
  at?: string;
  /** Small text after the main line: a place, a kind. */
  note?: string;
  /** A second line: a description. */
  desc?: string;
}

/** A `#cv-entry(…)` call with the parts that are present. */
export function entryCall(parts: EntryParts): string {
  const args = (Object.keys(parts) as Array<keyof EntryParts>)
    .filter((k) => parts[k] !== undefined && parts[k] !== '')
    .map((k) => `${k}: [${parts[k]}]`);
  return `#cv-entry(${args.join(', ')})`;
}
