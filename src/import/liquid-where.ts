/**
 * academicpages pages that list one category of papers: `{% assign pubs = site.publications | where: "category",
 * "conferences" %}` (or all of them `| sort: "date"`) then a loop over `pubs`. Such a list is
 * `::publications{type=…}` when that type holds exactly the papers of that category; otherwise Vita would show
 * other papers too, so the Liquid stays for review.
 */

/** A `_publications/` entry's category as written and the Vita type it was given. */
export interface PublicationKind {
  category: string | undefined;
  type: string;
}

const ASSIGN = /\{%-?\s*assign\s+([\w-]+)\s*=\s*site\.publications\s*\|([^%]*?)-?%\}/g;
const WHERE_CATEGORY = /^where:\s*["']category["']\s*,\s*["']([^"']+)["']$/;
// Vita lists papers newest first, which is date order reversed, as the loops that sort by date ask.
const SORT_BY_DATE = /^sort:\s*["']date["']$/;

/** Publication lists of a page: variables Vita can list (name → type, '' for all), and why others cannot be. */
export interface CategoryLists {
  types: Map<string, string>;
  unmapped: Map<string, string>;
}

/** Variables assigned `site.publications` filtered by category and/or sorted by date, each with its Vita type. */
export function categoryLists(text: string, publications: PublicationKind[]): CategoryLists {
  const types = new Map<string, string>();
  const unmapped = new Map<string, string>();
  for (const m of text.matchAll(ASSIGN)) {
    const [name, chain] = [m[1]!, m[2]!.split('|').map((f) => f.trim())];
    const categories = chain.map((f) => WHERE_CATEGORY.exec(f)?.[1]).filter((c) => c !== undefined);
    // Any other filter (group_by, a where on another field) is left to the generic report line.
    if (chain.some((f) => !WHERE_CATEGORY.test(f) && !SORT_BY_DATE.test(f)) || categories.length > 1) continue;
    const found = categories.length ? exactType(categories[0]!, publications) : { type: '' };
    if (found.type !== undefined) types.set(name, found.type);
    else unmapped.set(name, found.why!);
  }
  // A name assigned twice would need the order of the page to know which loop reads which list.
  for (const name of [...types.keys(), ...unmapped.keys()]) {
    if (text.match(new RegExp(String.raw`\{%-?\s*assign\s+${name}\s*=`, 'g'))!.length < 2) continue;
    types.delete(name);
    unmapped.set(name, 'it is assigned more than once on the page');
  }
  return { types, unmapped };
}

/** The directive listing what a `categoryLists` type names. */
export function publicationsDirective(type: string): string {
  return type ? `publications{type=${type}}` : 'publications';
}

// The type of every paper in `category`, if no paper outside it has that type; else why not.
function exactType(category: string, publications: PublicationKind[]): { type?: string; why?: string } {
  const types = [...new Set(publications.filter((p) => p.category === category).map((p) => p.type))];
  if (!types.length) return { why: `no paper has category "${category}"` };
  if (types.length > 1) return { why: `its papers have Vita types ${types.join(', ')}` };
  const type = types[0]!;
  if (publications.some((p) => p.category !== category && p.type === type)) {
    return { why: `Vita's type ${type} also holds papers of other categories` };
  }
  return { type };
}

/** The variable an `assign` tag gives a category list, when its arguments are one `categoryLists` read. */
export function assignedList(args: string, lists: CategoryLists): string | undefined {
  const m = /^([\w-]+)\s*=\s*site\.publications\s*\|/.exec(args);
  return m && (lists.types.has(m[1]!) || lists.unmapped.has(m[1]!)) ? m[1] : undefined;
}
