import type { Page, Site } from '../../model/types.js';

/** What a directive may know about the page it is placed in. */
export type DirectivePage = Pick<Page, 'url' | 'frontMatter' | 'source'>;

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
  /** Checks option values beyond their kinds (e.g. a known publication type); returns why they cannot work. */
  check?(options: DirectiveOptions): string | undefined;
  /** Returns trusted HTML built from escaped data; `page` is the page the directive stands in. */
  render(site: Site, options: DirectiveOptions, page: DirectivePage): string;
}
