import * as z from 'zod';
import { siteSchema } from './schemas/site.js';

/** JSON Schema (draft-07) for site.yml, generated from the very schema `vita build` validates with. */
export function siteJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(siteSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://vita.dev/schema/site.schema.json',
    title: 'Vita site.yml',
    description: 'The site, its owner, navigation, footer and analytics of a Vita homepage.',
  };
}
