import type { Site } from '../../model/types.js';

/** How an option's value is read: a bare flag, a positive integer, or text. */
export type OptionKind = 'flag' | 'integer' | 'text';

/** Options a directive was given, already checked against its spec. */
export type DirectiveOptions = Record<string, string | number | true>;

/** A data directive such as `::news{limit=5}`: which options it takes and how it renders. */
export interface DirectiveSpec {
  name: string;
  /** One line for error hints and docs. */
  summary: string;
  options: Record<string, OptionKind>;
  /** Returns trusted HTML built from escaped data. */
  render(site: Site, options: DirectiveOptions): string;
}
