import { readFileSync } from 'node:fs';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic.js';
import { readBibtex } from '../../../src/load/bibtex.js';
import { SourceText } from '../../../src/load/source-text.js';
import { loadYaml } from '../../../src/load/yaml.js';
import { buildPublications } from '../../../src/model/publications/build-publications.js';
import type { Publication, Site } from '../../../src/model/types.js';
import { fixtureSite } from '../components/site-fixture.js';

const dir = new URL('../../fixtures/publications/site/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

/** The theme's fixture site with the publications of test/fixtures/publications/site. */
export function publicationSite(): Site {
  const bag = new DiagnosticBag();
  const base = fixtureSite();
  const { publications, venues } = buildPublications({
    bibtex: readBibtex(new SourceText('publications.bib', read('publications.bib')), bag),
    yaml: loadYaml(new SourceText('data/publications.yml', read('data/publications.yml')), bag)!,
    venues: loadYaml(new SourceText('data/venues.yml', read('data/venues.yml')), bag)!,
    owner: base.author,
  }, bag);
  if (bag.items.length) throw new Error(`fixture has diagnostics: ${JSON.stringify(bag.items)}`);
  return { ...base, publications, venues };
}

/** One publication of the fixture by key. */
export function pub(site: Site, key: string): Publication {
  const p = site.publications.find((x) => x.key === key);
  if (!p) throw new Error(`no publication ${key}`);
  return p;
}
