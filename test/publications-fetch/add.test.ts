import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parse as parseWithRetorquere } from '@retorquere/bibtex-parser';
import { readSitePublications } from '../../src/publications-fetch/site-publications.js';
import { pointApisAt, serveApis, type ApiServer, type CannedResponse } from '../helpers/api-server.js';
import { runCli, writeSite } from '../helpers/site.js';

const SITE_YML = `title: Ada's site
url: https://ada.example
author:
  name: Ada Lovelace
  email: [ada@example.org, other@example.org]
`;

// Odd but valid formatting that `vita add` must leave exactly as it is: a comment, an @string, tabs, no final newline.
const EXISTING_BIB = `% Papers, kept by hand
@string{jir = "Journal of Imaginary Results"}

@article{ada1843notes,
\ttitle = "Notes on the {Analytical} Engine",
\tauthor = {Lovelace, Ada},
\tjournal = jir,  year = 1843}
@misc{waiting2022,
  title = {A Preprint Still Waiting for Reviewers},
  author = {Lovelace, Ada},
  year = {2022},
  eprint = {2203.04567}, archivePrefix = {arXiv}
}`;

const ROUTES: Record<string, CannedResponse | CannedResponse[]> = {
  '/crossref/works/10.5555/vita.2021.001': { file: 'crossref/journal-article.json' },
  '/crossref/works/10.5555/vita.2023.042': { file: 'crossref/proceedings-article.json' },
  '/crossref/works/10.5555/vita.broken': { file: 'crossref/malformed.json' },
  '/datacite/dois/10.5281/zenodo.1234567': { file: 'datacite/software.json' },
  '/doi/10.11111/chapter.0007': { file: 'doi/csl-chapter.json' },
  '/arxiv/query?id_list=2505.15435&max_results=1': { file: 'arxiv/preprint.xml' },
  '/arxiv/query?id_list=2101.00001&max_results=1': { file: 'arxiv/published.xml' },
  '/arxiv/query?id_list=2512.99999&max_results=1': { file: 'arxiv/error.xml' },
  '/arxiv/query?id_list=2203.04567,2101.00001&max_results=2': { file: 'arxiv/two-preprints.xml' },
  '/arxiv/query?id_list=2101.00001,2203.04567&max_results=2': { file: 'arxiv/two-preprints.xml' },
  '/dblp/rec/conf/icml/LovelaceH22.xml': { file: 'dblp/inproceedings.xml' },
  '/dblp/rec/journals/corr/abs-2505-15435.xml': { file: 'dblp/corr.xml' },
  '/dblp/rec/conf/x/Slow22.xml': { file: 'dblp/inproceedings.xml', delayMs: 4000 },
  '/orcid/0000-0002-1825-0097/works': { file: 'orcid/works.json' },
  '/orcid/0000-0002-1825-0097/work/3003': { file: 'orcid/work-3003.json' },
  '/orcid/0000-0002-1694-233X/works': { status: 429, headers: { 'retry-after': '0' }, body: 'slow down' },
};

let server: ApiServer;
let restore: () => void;
before(async () => {
  server = await serveApis(ROUTES);
  restore = pointApisAt(server.url);
});
after(async () => {
  restore();
  await server.close();
});

const ENTRIES_FROM_EVERY_SOURCE = `

@article{lovelace2021sparse,
  author = {Lovelace, Ada and Hopper, Grace M. and {The Imaginary Consortium}},
  title = {{Sparse Attention for Long Documents \\& Short Budgets}},
  journal = {Journal of Imaginary Results},
  year = {2021},
  month = jun,
  volume = {12},
  number = {3},
  pages = {101--118},
  publisher = {Imaginary Press},
  doi = {10.5555/vita.2021.001}
}

@misc{lovelace2024vita,
  author = {Lovelace, Ada and {Analytical Engine Project}},
  title = {{vita-bench: 100\\% reproducible benchmarks}},
  year = {2024},
  publisher = {Zenodo},
  doi = {10.5281/zenodo.1234567}
}

@incollection{berg2019homepages,
  author = {van der Berg, Jan and Lovelace, Ada},
  title = {{Homepages of Researchers: A Field Guide}},
  booktitle = {Handbook of Scholarly Web Pages},
  year = {2019},
  pages = {7--29},
  publisher = {Imaginary Press},
  doi = {10.11111/chapter.0007}
}

@misc{lovelace2025learning,
  author = {Lovelace, Ada and van Beethoven, Ludwig and du Châtelet, Émilie},
  title = {{Learning $\\alpha$-Divergences for Tiny Homepages}},
  year = {2025},
  month = may,
  eprint = {2505.15435},
  archiveprefix = {arXiv},
  primaryclass = {cs.DL},
  url = {https://arxiv.org/abs/2505.15435}
}

@inproceedings{lovelace2022fast,
  author = {Lovelace, Ada and Zhang, Wei and García, José},
  title = {{Fast Homepages with Static Generators}},
  booktitle = {ICML},
  year = {2022},
  pages = {1234--1245},
  url = {https://proceedings.example.org/v162/lovelace22a.html}
}
`;

test('vita add: one paper from each source appended; every other byte unchanged; both parsers read the result; a second add adds nothing', async () => {
  const root = writeSite({ 'site.yml': SITE_YML, 'publications.bib': EXISTING_BIB });
  const r = await runCli(['add', 'https://doi.org/10.5555/vita.2021.001', '10.5281/zenodo.1234567', 'doi:10.11111/chapter.0007',
    'https://arxiv.org/abs/2505.15435v2', 'https://dblp.org/rec/conf/icml/LovelaceH22.html', root]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, `+ 10.5555/vita.2021.001 → lovelace2021sparse (Crossref)
+ 10.5281/zenodo.1234567 → lovelace2024vita (DataCite)
+ 10.11111/chapter.0007 → berg2019homepages (doi.org)
+ 2505.15435 → lovelace2025learning (arXiv)
+ conf/icml/LovelaceH22 → lovelace2022fast (DBLP)
publications.bib: added 5 papers, 0 already on the site, 0 failed.
`);
  assert.equal(r.code, 0);
  const text = readFileSync(join(root, 'publications.bib'), 'utf8');
  assert.equal(text, EXISTING_BIB + ENTRIES_FROM_EVERY_SOURCE);

  const vita = await readSitePublications(root);
  assert.deepEqual(vita.bag.items, []);
  assert.deepEqual(vita.papers.map((p) => `${p.key} ${p.year} ${p.title}`), [
    'ada1843notes 1843 Notes on the Analytical Engine',
    'waiting2022 2022 A Preprint Still Waiting for Reviewers',
    'lovelace2021sparse 2021 Sparse Attention for Long Documents & Short Budgets',
    'lovelace2024vita 2024 vita-bench: 100% reproducible benchmarks',
    'berg2019homepages 2019 Homepages of Researchers: A Field Guide',
    'lovelace2025learning 2025 Learning $\\alpha$-Divergences for Tiny Homepages',
    'lovelace2022fast 2022 Fast Homepages with Static Generators',
  ]);
  const other = parseWithRetorquere(text, { sentenceCase: false });
  assert.deepEqual(other.errors, []);
  assert.deepEqual(other.entries.map((e) => `${e.key}: ${e.fields.title}`).slice(2), [
    'lovelace2021sparse: Sparse Attention for Long Documents & Short Budgets',
    'lovelace2024vita: vita-bench: 100% reproducible benchmarks',
    'berg2019homepages: Homepages of Researchers: A Field Guide',
    'lovelace2025learning: Learning α-Divergences for Tiny Homepages',
    'lovelace2022fast: Fast Homepages with Static Generators',
  ]);

  const again = await runCli(['add', '10.5555/vita.2021.001', 'arXiv:2505.15435', root]);
  assert.equal(again.stdout, `= 10.5555/vita.2021.001 is already on the site as lovelace2021sparse (publications.bib:15)
= 2505.15435 is already on the site as lovelace2025learning (publications.bib:46)
publications.bib: added 0 papers, 0 already on the site, 0 failed.
`.replace('0 already', '2 already'));
  assert.equal(again.code, 0);
  assert.equal(readFileSync(join(root, 'publications.bib'), 'utf8'), text);
});

test('vita add keeps a BOM and CRLF line ends, and writes its entry with CRLF too', async () => {
  const original = '\uFEFF@misc{x,\r\n  title = {X},\r\n  year = {2000}\r\n}\r\n';
  const root = writeSite({ 'site.yml': SITE_YML, 'publications.bib': original });
  const r = await runCli(['add', '10.5555/vita.2023.042', root]);
  assert.equal(r.code, 0, r.stderr);
  const bytes = readFileSync(join(root, 'publications.bib'));
  assert.ok(bytes.subarray(0, Buffer.byteLength(original)).equals(Buffer.from(original)));
  assert.equal(bytes.toString('utf8').slice(original.length), `\r\n@inproceedings{hopper2023counting,\r
  author = {Hopper, Grace and Lovelace, Ada},\r
  title = {{Counting Citations: Without Scraping}},\r
  booktitle = {Proceedings of the Workshop on Open Scholarly Data},\r
  year = {2023},\r
  month = sep,\r
  pages = {42--49},\r
  publisher = {Imaginary Press},\r
  doi = {10.5555/vita.2023.042}\r
}\r
`);
});

test('vita add finds duplicates in publications.bib and data/publications.yml by DOI, arXiv id, and title + year', async () => {
  const yaml = `- key: sparse
  title: Sparse attention for long documents and short budgets
  authors: [Ada Lovelace]
  year: 2021
  doi: 10.5555/VITA.2021.001
- key: tiny
  title: Tiny homepages
  authors: [Ada Lovelace]
  arxiv: 2505.15435v1
`;
  const bib = '@inproceedings{fast,\n  title = {Fast homepages with static generators},\n  author = {Lovelace, Ada},\n  year = {2022}\n}\n';
  const root = writeSite({ 'site.yml': SITE_YML, 'publications.bib': bib, 'data/publications.yml': yaml });
  const r = await runCli(['add', '10.5555/vita.2021.001', '2505.15435', 'journals/corr/abs-2505-15435', 'conf/icml/LovelaceH22', root]);
  assert.equal(r.stdout, `= 10.5555/vita.2021.001 is already on the site as sparse (data/publications.yml:1)
= 2505.15435 is already on the site as tiny (data/publications.yml:6)
= journals/corr/abs-2505-15435 is already on the site as tiny (data/publications.yml:6)
= conf/icml/LovelaceH22 is already on the site as fast (publications.bib:1)
publications.bib: added 0 papers, 4 already on the site, 0 failed.
`);
  assert.equal(r.code, 0);
  assert.equal(readFileSync(join(root, 'publications.bib'), 'utf8'), bib);
});

test('vita add <ORCID iD> imports every work not on the site: by DOI, by arXiv id, and from ORCID itself', async () => {
  const root = writeSite({ 'site.yml': SITE_YML });
  await runCli(['add', '10.5555/vita.2021.001', root]);
  const before = readFileSync(join(root, 'publications.bib'), 'utf8');
  const r = await runCli(['add', 'https://orcid.org/0000-0002-1825-0097', root]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, `= 10.5555/VITA.2021.001 is already on the site as lovelace2021sparse (publications.bib:1)
+ 10.5555/vita.2023.042 → hopper2023counting (Crossref)
+ arXiv:2505.15435 → lovelace2025learning (arXiv)
+ ORCID 0000-0002-1825-0097 work 3003 → lovelace1843notes (ORCID)
publications.bib: added 3 papers, 1 already on the site, 0 failed.
`);
  const text = readFileSync(join(root, 'publications.bib'), 'utf8');
  assert.ok(text.startsWith(before));
  assert.match(text.slice(before.length), /\n@techreport\{lovelace1843notes,\n  author = \{Lovelace, Ada and Menabrea, Luigi\},\n  title = \{\{Notes on the Analytical Engine\}\},\n/);
  assert.deepEqual(parseWithRetorquere(text, { sentenceCase: false }).errors, []);
});

test('vita add --update adds the published DOI to preprints in publications.bib and suggests it for YAML', async () => {
  const yaml = '- key: sparse-preprint\n  title: Sparse Attention\n  authors: [Ada Lovelace]\n  arxiv: "2101.00001"\n';
  const root = writeSite({ 'site.yml': SITE_YML, 'publications.bib': EXISTING_BIB, 'data/publications.yml': yaml });
  const r = await runCli(['add', '--update', root]);
  assert.equal(r.stdout, `· waiting2022: no published version known to arXiv yet
↗ sparse-preprint: published as 10.5555/vita.2021.001; add \`doi: 10.5555/vita.2021.001\` to its entry at data/publications.yml:1
publications.bib: added 0 papers, linked 0 to a DOI, 0 already on the site, 0 failed.
`);
  assert.equal(readFileSync(join(root, 'publications.bib'), 'utf8'), EXISTING_BIB);
  const bib = EXISTING_BIB.replace('@misc{waiting2022', '@misc{sparse2021,\n  title = {Sparse},\n  archiveprefix = {arXiv},\n  eprint = {2101.00001}\n}\n@misc{waiting2022');
  writeFileSync(join(root, 'publications.bib'), bib);
  writeFileSync(join(root, 'data/publications.yml'), '[]\n');
  const linked = await runCli(['add', '--update', root]);
  assert.equal(linked.stderr, '');
  assert.match(linked.stdout, /^↗ sparse2021: published as 10\.5555\/vita\.2021\.001 \(doi added\)\n/);
  assert.equal(linked.code, 0);
  assert.equal(readFileSync(join(root, 'publications.bib'), 'utf8'), bib.replace('  eprint = {2101.00001}\n}', '  eprint = {2101.00001},\n  doi = {10.5555/vita.2021.001}\n}'));
});

test('vita add reports each failure, still adds the rest, exits 1, and never prints a stack trace', async () => {
  const root = writeSite({ 'site.yml': SITE_YML });
  const r = await runCli(['add', '10.5555/vita.2023.042', 'not-an-id', '10.5555/nowhere', '10.5555/vita.broken', '2512.99999',
    'conf/x/Slow22', '0000-0002-1694-233X', '--timeout', '0.5', root]);
  const host = new URL(server.url).host;
  assert.equal(r.stdout, `+ 10.5555/vita.2023.042 → hopper2023counting (Crossref)
publications.bib: added 1 paper, 0 already on the site, 6 failed.
`);
  assert.equal(r.stderr.replaceAll(host, 'HOST'), `✗ not-an-id: it is not a DOI (10.…), an arXiv id (2505.15435), a DBLP key (conf/…) or an ORCID iD (0000-0000-0000-0000)
✗ ORCID 0000-0002-1694-233X: HOST kept answering 429 (too many requests) after 4 attempts; try again later
✗ 10.5555/nowhere: no DOI registration agency knows 10.5555/nowhere (asked Crossref, DataCite and doi.org)
✗ 10.5555/vita.broken: Crossref answered with something that is not the JSON it documents
✗ 2512.99999: arXiv has no paper 2512.99999
✗ conf/x/Slow22: HOST did not answer within 0.5 s
`);
  assert.equal(r.code, 1);
  assert.match(readFileSync(join(root, 'publications.bib'), 'utf8'), /^@inproceedings\{hopper2023counting,\n/);
});

test('vita add: usage mistakes exit 2; no site or a broken publications.bib exit 1 with nothing fetched or written', async () => {
  assert.equal((await runCli(['add'])).code, 2);
  const badTimeout = await runCli(['add', '10.5555/x', '--timeout', 'soon']);
  assert.deepEqual([badTimeout.code, badTimeout.stderr], [2, 'vita add: --timeout must be a number of seconds, not "soon"\nRun `vita add --help` for usage.\n']);
  const noSite = writeSite({ 'notes.txt': 'x' });
  const missing = await runCli(['add', '10.5555/vita.2021.001'], noSite);
  assert.deepEqual([missing.code, missing.stderr], [1, `vita add: there is no site.yml in ${noSite}.\nRun it in a site's folder, or give the folder as the last argument.\n`]);
  const broken = '@article{a,\n  title = {Unclosed,\n  year = 2020\n}\n';
  const root = writeSite({ 'site.yml': SITE_YML, 'publications.bib': broken });
  const requests = server.requests.length;
  const r = await runCli(['add', '10.5555/vita.2021.001', root]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /publications\.bib:2:\d+/);
  assert.match(r.stderr, /vita add: fix the problems above first; nothing was fetched or written\.\n$/);
  assert.equal(server.requests.length, requests);
  assert.equal(readFileSync(join(root, 'publications.bib'), 'utf8'), broken);
  const help = await runCli(['add', '--help']);
  assert.match(help.stdout, /^Usage: vita add <identifier>… \[dir\] \[options\]/);
});
