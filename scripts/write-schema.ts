// Regenerates schema/site.schema.json from the zod schema (`npm run schema`); a test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { siteJsonSchema } from '../src/validate/json-schema.js';

writeFileSync(new URL('../schema/site.schema.json', import.meta.url), JSON.stringify(siteJsonSchema(), null, 2) + '\n');
console.log('wrote schema/site.schema.json');
