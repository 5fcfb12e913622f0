import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { siteJsonSchema } from '../../src/validate/json-schema.js';

test('schema/site.schema.json is the schema generated from the validator (run `npm run schema` after changing it)', () => {
  const committed = JSON.parse(readFileSync(new URL('../../schema/site.schema.json', import.meta.url), 'utf8'));
  assert.deepEqual(committed, siteJsonSchema());
});

test('the JSON Schema is strict where the validator is strict and knows every profile link', () => {
  const schema = siteJsonSchema() as { additionalProperties: boolean; required: string[]; properties: Record<string, any> };
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(schema.required.sort(), ['author', 'title', 'url']);
  const links = schema.properties.author.properties.links.properties;
  for (const kind of ['scholar', 'orcid', 'github', 'arxiv', 'semantic_scholar', 'dblp', 'linkedin', 'x', 'bluesky']) assert.ok(links[kind], kind);
});
