import assert from 'node:assert/strict';
import { test } from 'node:test';
import { didYouMean, nearestName } from '../../src/validate/did-you-mean.js';
import { COMPONENTS } from '../../src/validate/schemas/theme.js';

test('didYouMean suggests only a likely typo', () => {
  assert.equal(didYouMean('publcation', COMPONENTS), 'publication');
  assert.equal(didYouMean('news', COMPONENTS), undefined);
});

test('nearestName also finds the name a shortened or plural one starts', () => {
  const cases: Array<[string, string | undefined]> = [
    ['publications', 'publication'], ['news', 'news_item'], ['talks', 'talk'], ['honors', 'honor'], ['projects', 'project_card'],
    ['posts', 'post_item'], ['timeline', 'timeline_entry'], ['teaching', 'teaching_entry'], ['Project-Card', 'project_card'],
    ['sidebar', undefined], ['education', undefined],
  ];
  for (const [word, expected] of cases) assert.equal(nearestName(word, COMPONENTS), expected, word);
});
