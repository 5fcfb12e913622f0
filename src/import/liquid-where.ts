/**
 * academicpages pages that list one category of papers: `{% assign pubs = site.publications | where: "category",
 * "conferences" %}` then a loop over `pubs`. Such a list is `::publications{type=…}` when that type holds exactly
 * the papers of that category; otherwise Vita would show other papers too, so the Liquid stays for review.
 */
/** A `_publications/` entry's category as written and the Vita type it was given. */
export interface PublicationKind {
  category: string | undefined;
  type: string;
}

const ASSIGN = new RegExp(String.raw`\{%-?\s*assign\s+([\w-]+)\s*=\s*site\.publications\s*\|\s*`
  + String.raw`where:\s*["']category["']\s*,\s*["']([^"']+)["']\s*-?%\}`, 'g');

/** Category lists of a page: variables Vita can list (name → type), and why the others cannot be (name → why). */
export interface CategoryLists {
  types: Map<string, string>;
  unmapped: Map<string, string>;
}

/** Variables assigned one category of publications, each with the Vita type that lists exactly those papers. */
export function categoryLists(text: string, publications: PublicationKind[]): CategoryLists {
  const types = new Map<string, string>();
  const unmapped = new Map<string, string>();
  const assignedTwice = new Set<string>();
  for (const m of text.matchAll(ASSIGN)) {
    const [name, category] = [m[1]!, m[2]!];
    if (types.has(name) || unmapped.has(name)) assignedTwice.add(name);
    const found = exactType(category, publications);
    if (found.type) types.set(name, found.type);
    else unmapped.set(name, found.why!);
  }
  // A name given two lists would need the order of the page to know which loop reads which.
  for (const name of assignedTwice) {
    types.delete(name);
    unmapped.set(name, 'it is assigned more than one list on the page');
  }
  return { types, unmapped };
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
  const m = /^([\w-]+)\s*=\s*site\.publications\s*\|\s*where:/.exec(args);
  return m && (lists.types.has(m[1]!) || lists.unmapped.has(m[1]!)) ? m[1] : undefined;
}
