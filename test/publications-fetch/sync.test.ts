import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pointApisAt, serveApis, type ApiServer, type CannedResponse } from '../helpers/api-server.js';
import { MINIMAL_SITE_YML, runCli, writeSite } from '../helpers/site.js';

const BIB = `@article{lovelace2021sparse,
  author = {Lovelace, Ada},
  title = {Sparse Attention for Long Documents \\& Short Budgets},
  journal = {Journal of Imaginary Results},
  year = {2021},
  doi = {10.5555/vita.2021.001}
}

@misc{waiting2022,
  title = {A Preprint Still Waiting for Reviewers},
  author = {Lovelace, Ada},
  year = {2022},
  eprint = {2203.04567}, archivePrefix = {arXiv}
}

@article{ada1843notes,
  title = {Notes on the Analytical Engine},
  author = {Lovelace, Ada},
  journal = {Scientific Memoirs},
  year = {1843}
}
`;

const ROUTES: Record<string, CannedResponse | CannedResponse[]> = {
  '/openalex/works/doi:10.5555/vita.2021.001': { file: 'openalex/work.json' },
  '/openalex/works': { file: 'openalex/search.json' },
  '/s2/paper/DOI:10.5555/vita.2021.001': { file: 'semantic-scholar/paper.json' },
  '/s2/paper/ARXIV:2203.04567': { file: 'semantic-scholar/arxiv-paper.json' },
};

let server: ApiServer;
let restore: () => void;
const savedEpoch = process.env.SOURCE_DATE_EPOCH;
before(async () => {
  server = await serveApis(ROUTES);
  restore = pointApisAt(server.url);
  process.env.SOURCE_DATE_EPOCH = '1764460800'; // 2025-11-30
});
after(async () => {
  restore();
  if (savedEpoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = savedEpoch;
  await server.close();
});

const FIRST_SYNC = `# Citation counts written by \`vita sync\`; \`vita build\` reads them and never goes online.
# Show them with \`citation_counts: { show: true }\` in site.yml. Per paper you may add
# \`pin: <number>\` (shown instead of the fetched counts) or \`hide: true\`; vita sync keeps both.

fetched: 2025-11-30
h_index: 2
papers:
  lovelace2021sparse:
    openalex: 42
    semantic_scholar: 45
    fetched: 2025-11-30
  waiting2022:
    openalex: 5
    semantic_scholar: 3
    fetched: 2025-11-30
`;

test('vita sync writes OpenAlex and Semantic Scholar counts, the h-index and the date to data/citations.yml', async () => {
  const root = writeSite({ 'site.yml': MINIMAL_SITE_YML, 'publications.bib': BIB });
  const r = await runCli(['sync', root]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, `✓ lovelace2021sparse: OpenAlex 42, Semantic Scholar 45
✓ waiting2022: OpenAlex 5 (title match), Semantic Scholar 3
· ada1843notes: not found in OpenAlex or Semantic Scholar
data/citations.yml: counts for 2 of 3 papers, h-index 2, fetched 2025-11-30.
`);
  assert.equal(r.code, 0);
  assert.equal(readFileSync(join(root, 'data/citations.yml'), 'utf8'), FIRST_SYNC);
});

test("a second sync keeps the owner's pin, hide and comments; the build shows counts only when site.yml turns them on", async () => {
  const root = writeSite({ 'site.yml': MINIMAL_SITE_YML, 'publications.bib': BIB });
  await runCli(['sync', root]);
  const edited = readFileSync(join(root, 'data/citations.yml'), 'utf8')
    .replace('  waiting2022:\n', '  waiting2022:\n    pin: 12 # counted by hand, with the workshop version\n')
    .replace('    openalex: 42\n', '    hide: true\n    openalex: 40\n');
  writeFileSync(join(root, 'data/citations.yml'), edited);
  const again = await runCli(['sync', root]);
  assert.equal(again.code, 0);
  assert.equal(readFileSync(join(root, 'data/citations.yml'), 'utf8'), edited.replace('openalex: 40', 'openalex: 42').replace('h_index: 2', 'h_index: 1'));

  const hidden = await runCli(['build', root]);
  assert.equal(hidden.code, 0, hidden.stderr);
  assert.doesNotMatch(readFileSync(join(root, '_site/publications/index.html'), 'utf8'), /Cited by/);

  writeFileSync(join(root, 'site.yml'), MINIMAL_SITE_YML + 'citation_counts:\n  show: true\n');
  const shown = await runCli(['build', root]);
  assert.equal(shown.code, 0, shown.stderr);
  const html = readFileSync(join(root, '_site/publications/index.html'), 'utf8');
  assert.deepEqual(html.match(/<p class="publication__cited-by">[^<]*<\/p>/g), ['<p class="publication__cited-by">Cited by 12</p>']);

  writeFileSync(join(root, 'data/citations.yml'), FIRST_SYNC);
  writeFileSync(join(root, 'site.yml'), MINIMAL_SITE_YML + 'citation_counts: { show: true, source: semantic_scholar }\n');
  await runCli(['build', root]);
  const s2 = readFileSync(join(root, '_site/publications/index.html'), 'utf8');
  assert.deepEqual(s2.match(/Cited by \d+/g), ['Cited by 3', 'Cited by 45']);
});

test('vita sync: a failing service is reported, the other counts are still written, exit 1', async () => {
  const busy = await serveApis({
    ...ROUTES,
    '/s2/paper/DOI:10.5555/vita.2021.001': { status: 429, headers: { 'retry-after': '0' }, file: 'semantic-scholar/rate-limited.json' },
    '/openalex/works': { file: 'openalex/search.json', delayMs: 4000 },
  });
  const undo = pointApisAt(busy.url);
  try {
    const root = writeSite({ 'site.yml': MINIMAL_SITE_YML, 'publications.bib': BIB });
    const r = await runCli(['sync', root, '--timeout', '0.5']);
    const host = new URL(busy.url).host;
    assert.equal(r.stdout, `✓ lovelace2021sparse: OpenAlex 42
✓ waiting2022: Semantic Scholar 3
data/citations.yml: counts for 2 of 3 papers, h-index 2, fetched 2025-11-30; 3 failed.
`);
    assert.equal(r.stderr.replaceAll(host, 'HOST'), `✗ lovelace2021sparse: Semantic Scholar: HOST kept answering 429 (too many requests) after 4 attempts; try again later
✗ waiting2022: OpenAlex: HOST did not answer within 0.5 s
✗ ada1843notes: OpenAlex: HOST did not answer within 0.5 s
`);
    assert.equal(r.code, 1);
    assert.match(readFileSync(join(root, 'data/citations.yml'), 'utf8'), /  lovelace2021sparse:\n    openalex: 42\n    fetched: 2025-11-30\n  waiting2022:\n    semantic_scholar: 3\n/);
  } finally {
    undo();
    restore = pointApisAt(server.url);
    await busy.close();
  }
});

test('vita sync: a data/citations.yml that does not parse is left alone; usage mistakes exit 2', async () => {
  const root = writeSite({ 'site.yml': MINIMAL_SITE_YML, 'publications.bib': BIB, 'data/citations.yml': 'papers: [\n' });
  const r = await runCli(['sync', root]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^vita sync: data\/citations\.yml does not parse \(.+\); fix or delete it, then run vita sync again\. Nothing was fetched\.\n$/);
  assert.equal(readFileSync(join(root, 'data/citations.yml'), 'utf8'), 'papers: [\n');
  assert.equal((await runCli(['sync', root, 'other'])).code, 2);
  assert.equal((await runCli(['sync', '--frequently'])).code, 2);
});
