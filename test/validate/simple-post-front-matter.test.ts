import { test } from 'node:test';
import assert from 'node:assert/strict';
import { postFrontMatterSchema } from '../../src/validate/schemas/post.js';
import { simplePostFrontMatter } from '../../src/validate/simple-post-front-matter.js';

// Front matter the short path must read itself, exactly as the schema does.
const simple: unknown[] = [
  { title: 'A post' },
  { title: 'A post', date: '2025-05-01' },
  { title: 'é', date: '2024-02-29', tags: 'one', categories: ['a', 'b c'], description: '', excerpt: 'Short.', draft: false },
  { draft: true, tags: [], title: 'Order does not matter' },
];

// Front matter it must leave to the schema: another key, another type, or a value the schema refuses.
const leftToSchema: unknown[] = [
  null, 'title', [], [{ title: 'x' }], {}, { date: '2025-05-01' },
  { title: '' }, { title: 3 }, { title: null }, { title: ['x'] },
  { title: 'x', date: '2025-05' }, { title: 'x', date: '2025' }, { title: 'x', date: 2025 }, { title: 'x', date: '2025-13-01' },
  { title: 'x', date: '2025-02-32' }, { title: 'x', date: '2025-5-1' }, { title: 'x', date: null }, { title: 'x', date: ' 2025-05-01' },
  { title: 'x', tags: [1] }, { title: 'x', tags: null }, { title: 'x', tags: [['a']] }, { title: 'x', categories: 7 },
  { title: 'x', draft: 'yes' }, { title: 'x', draft: null }, { title: 'x', description: 1 }, { title: 'x', excerpt: false },
  { title: 'x', updated: '2025-05-02' }, { title: 'x', permalink: '/p/' }, { title: 'x', image: '/a.png' }, { title: 'x', layout: 'post' },
];

test('simple post front matter is read as the schema reads it', () => {
  for (const value of simple) {
    const parsed = postFrontMatterSchema.safeParse(value);
    assert.ok(parsed.success, JSON.stringify(value));
    assert.deepEqual(simplePostFrontMatter(value), parsed.data, JSON.stringify(value));
  }
});

test('anything else is left to the schema, which reports or reads it', () => {
  for (const value of leftToSchema) assert.equal(simplePostFrontMatter(value), undefined, JSON.stringify(value));
  // Of those, the schema itself accepts only other keys and their types (it is loose), never a bad title or date.
  const accepted = leftToSchema.filter((v) => postFrontMatterSchema.safeParse(v).success);
  assert.deepEqual(accepted, [
    { title: 'x', updated: '2025-05-02' }, { title: 'x', permalink: '/p/' }, { title: 'x', image: '/a.png' }, { title: 'x', layout: 'post' },
  ]);
});
