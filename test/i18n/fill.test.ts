import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fill } from '../../src/i18n/fill.js';

// The rule as one regex replace; fill keeps each text split at its placeholders and must agree with it.
const byReplace = (template: string, values: Readonly<Record<string, string | number>>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));

test('placeholders are filled, numbers printed, unknown ones left as written, other braces untouched', () => {
  assert.equal(fill('{day} {month} {year}', { day: 1, month: 'May', year: '2025' }), '1 May 2025');
  assert.equal(fill('{year}年{month}月{day}日', { year: '2025', month: '5', day: 1 }), '2025年5月1日');
  assert.equal(fill('Posts tagged “{tag}” {missing}', { tag: '{day}' }), 'Posts tagged “{day}” {missing}');
  assert.equal(fill('{ not} {a-b} {} {{x}} plain', { x: 'X' }), '{ not} {a-b} {} {X} plain');
  assert.equal(fill('', {}), '');
});

test('a placeholder named like an Object method is left as written, not filled with the method', () => {
  assert.equal(fill('{constructor} {toString} {__proto__} {count}', { count: 3 }), '{constructor} {toString} {__proto__} 3');
});

test('the same text for every template and value set as a regex replace, also when a template is filled again', () => {
  const templates = ['{a}', 'x{a}y{b}z', '{a}{a}{b}', '{{a}}', 'no placeholders', '{a', 'a}', '{ab}{_}{1}', '{toString}'];
  const valueSets: Array<Record<string, string | number>> = [{}, { a: 1 }, { a: 'A', b: 'B' }, { ab: '$&', _: '$1', 1: 'one' }];
  for (let round = 0; round < 2; round++) {
    for (const template of templates) for (const values of valueSets) assert.equal(fill(template, values), byReplace(template, values), template);
  }
});
