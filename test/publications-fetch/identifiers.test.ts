import assert from 'node:assert/strict';
import { test } from 'node:test';
import { orcidChecksumOk, parseIdentifier } from '../../src/publications-fetch/identifiers.js';

test('DOIs are read bare, prefixed and as doi.org addresses (escapes decoded)', () => {
  for (const input of ['10.1145/3292500.3330701', ' doi:10.1145/3292500.3330701 ', 'DOI: 10.1145/3292500.3330701',
    'https://doi.org/10.1145/3292500.3330701', 'http://dx.doi.org/10.1145/3292500.3330701', 'doi.org/10.1145/3292500.3330701',
    'https://doi.org/10.1145%2F3292500.3330701']) {
    assert.deepEqual(parseIdentifier(input), { kind: 'doi', id: '10.1145/3292500.3330701' }, input);
  }
  assert.deepEqual(parseIdentifier('10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0'),
    { kind: 'doi', id: '10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0' });
});

test('arXiv ids: new and old style, with versions, prefixes and abs/pdf addresses; the version is dropped', () => {
  const cases: [string, string][] = [
    ['2505.15435', '2505.15435'], ['2505.15435v3', '2505.15435'], ['arXiv:2505.15435', '2505.15435'],
    ['0704.0001', '0704.0001'], ['https://arxiv.org/abs/2505.15435v1', '2505.15435'], ['arxiv.org/pdf/2505.15435.pdf', '2505.15435'],
    ['https://arxiv.org/pdf/2505.15435v2', '2505.15435'], ['hep-th/9901001', 'hep-th/9901001'], ['arXiv:hep-th/9901001v2', 'hep-th/9901001'],
    ['math.GT/0309136', 'math.GT/0309136'], ['https://arxiv.org/abs/cond-mat/0102536', 'cond-mat/0102536'],
    ['10.48550/arXiv.2505.15435', '2505.15435'], ['https://doi.org/10.48550/ARXIV.2505.15435', '2505.15435'],
  ];
  for (const [input, id] of cases) assert.deepEqual(parseIdentifier(input), { kind: 'arxiv', id }, input);
});

test('DBLP keys bare, prefixed and as dblp.org record addresses', () => {
  for (const input of ['conf/cvpr/HeZRS16', 'DBLP:conf/cvpr/HeZRS16', 'https://dblp.org/rec/conf/cvpr/HeZRS16',
    'https://dblp.org/rec/conf/cvpr/HeZRS16.html', 'dblp.org/rec/conf/cvpr/HeZRS16.bib', 'https://dblp.uni-trier.de/rec/conf/cvpr/HeZRS16.xml']) {
    assert.deepEqual(parseIdentifier(input), { kind: 'dblp', id: 'conf/cvpr/HeZRS16' }, input);
  }
  assert.deepEqual(parseIdentifier('journals/corr/abs-2505-15435'), { kind: 'dblp', id: 'journals/corr/abs-2505-15435' });
});

test('ORCID iDs with or without dashes, as URLs, with an X check digit', () => {
  for (const input of ['0000-0002-1825-0097', '0000000218250097', 'https://orcid.org/0000-0002-1825-0097', 'orcid:0000-0002-1825-0097', 'orcid.org/0000-0002-1825-0097/']) {
    assert.deepEqual(parseIdentifier(input), { kind: 'orcid', id: '0000-0002-1825-0097' }, input);
  }
  assert.deepEqual(parseIdentifier('0000-0002-1694-233x'), { kind: 'orcid', id: '0000-0002-1694-233X' });
  assert.equal(orcidChecksumOk('0000-0001-5109-3700'), true);
  assert.equal(orcidChecksumOk('0000-0001-5109-3701'), false);
});

test('bad identifiers say what was expected', () => {
  const reason = (input: string) => {
    const r = parseIdentifier(input);
    assert.equal(r.kind, 'invalid', input);
    return (r as { reason: string }).reason;
  };
  assert.equal(reason(''), 'it is empty');
  assert.equal(reason('hello world'), 'it is not a DOI (10.…), an arXiv id (2505.15435), a DBLP key (conf/…) or an ORCID iD (0000-0000-0000-0000)');
  assert.equal(reason('10.12/short'), '"10.12/short" is not a DOI such as 10.1145/3292500.3330701');
  assert.equal(reason('doi:11.1234/x'), '"11.1234/x" is not a DOI such as 10.1145/3292500.3330701');
  assert.equal(reason('arXiv:2513.12345'), '"2513.12345" is not an arXiv id such as 2505.15435 or hep-th/9901001');
  assert.equal(reason('https://arxiv.org/list/cs.CV/recent'), 'https://arxiv.org/list/cs.CV/recent is not the address of an arXiv paper (https://arxiv.org/abs/…)');
  assert.equal(reason('https://dblp.org/pid/00/1234.html'), 'https://dblp.org/pid/00/1234.html is not the address of a DBLP record (https://dblp.org/rec/…)');
  assert.equal(reason('0000-0002-1825-0098'), '"0000-0002-1825-0098" is not a valid ORCID iD: its check digit is wrong (a typo?)');
  assert.equal(reason('https://scholar.google.com/citations?user=abc'), 'https://scholar.google.com/citations?user=abc is not a doi.org, arxiv.org, dblp.org or orcid.org address');
});
