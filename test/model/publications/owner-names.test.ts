import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ownerMatcher, splitName } from '../../../src/model/publications/owner-names.js';

const isOwner = ownerMatcher(['Zeqing Wang', '王泽卿', 'Ze-qing Wang']);

test('the full name matches in any case, order and punctuation', () => {
  for (const name of ['Zeqing Wang', 'zeqing wang', 'WANG Zeqing', 'Wang, Zeqing', 'Ze-qing Wang', 'Ze qing Wang', 'Wang Ze-Qing', 'Zeqing WANG']) {
    assert.equal(isOwner({ name }), true, name);
  }
});

test('structured names from BibTeX match', () => {
  assert.equal(isOwner({ name: 'Zeqing Wang', given: 'Zeqing', family: 'Wang' }), true);
  assert.equal(isOwner({ name: 'Z. Wang', given: 'Z.', family: 'Wang' }), true);
  assert.equal(isOwner({ name: 'Zhiyuan Wang', given: 'Zhiyuan', family: 'Wang' }), false);
});

test('initials of the given name match, including hyphenated initials', () => {
  for (const name of ['Z. Wang', 'Z Wang', 'Wang, Z.', 'Z.-Q. Wang', 'Z. Q. Wang']) assert.equal(isOwner({ name }), true, name);
  // Two capitals run together read as a given name, not initials.
  assert.equal(isOwner({ name: 'ZQ Wang' }), false);
  assert.equal(isOwner({ name: 'Z.-Y. Wang' }), false);
  assert.equal(isOwner({ name: 'K. Wang' }), false);
  assert.equal(isOwner({ name: 'Z. Zhang' }), false);
});

test('the native-script name matches exactly', () => {
  assert.equal(isOwner({ name: '王泽卿' }), true);
  assert.equal(isOwner({ name: '王泽' }), false);
});

test('diacritics are ignored on both sides', () => {
  const erdos = ownerMatcher(['Paul Erdős']);
  assert.equal(erdos({ name: 'Paul Erdos' }), true);
  assert.equal(erdos({ name: 'Erdős, P.' }), true);
  assert.equal(erdos({ name: 'Pál Erdős' }), false);
  const muller = ownerMatcher(['Müller, Jörg']);
  assert.equal(muller({ name: 'Jorg Muller', given: 'Jorg', family: 'Muller' }), true);
  assert.equal(muller({ name: 'J. Müller' }), true);
});

test('other people with a shared family name do not match', () => {
  for (const name of ['Keze Wang', 'Wentao Wan', 'Qingyang Ma', 'Wang', 'Zeqing']) assert.equal(isOwner({ name }), false, name);
});

test('splitName reads "Family, Given" and "Given Family"', () => {
  assert.deepEqual(splitName('Wang, Zeqing'), { family: 'Wang', given: 'Zeqing' });
  assert.deepEqual(splitName('Jan van der Berg'), { given: 'Jan van der', family: 'Berg' });
  assert.deepEqual(splitName('王泽卿'), { given: '', family: '王泽卿' });
});
