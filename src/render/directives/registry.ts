import { honorsDirective } from './honors.js';
import { newsDirective } from './news.js';
import type { DirectiveSpec } from './spec.js';
import { educationDirective, experienceDirective } from './timeline.js';

/** Every data directive a page may use, by name. */
export function directiveRegistry(extra: readonly DirectiveSpec[] = []): ReadonlyMap<string, DirectiveSpec> {
  const all = [newsDirective, experienceDirective, educationDirective, honorsDirective, ...extra];
  return new Map(all.map((d) => [d.name, d]));
}
