import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { fill } from '../../../src/i18n/fill.js';
import { formatMonthYear } from '../../../src/i18n/format-date.js';
import type { MessageKey } from '../../../src/i18n/messages.js';
import type { UiText } from '../../../src/i18n/ui-text.js';
import type { Publication, PublicationAuthor } from '../../../src/model/types.js';
import { buildUiText } from '../../../src/model/ui-text.js';
import { authorListHtml } from '../../../src/render/components/author-list.js';
import { linkLabel } from '../../../src/render/components/entry-links.js';
import { publicationItemHtml, publicationUrl, slugId } from '../../../src/render/components/publication-item.js';
import { publicationListHtml, publicationSectionsHtml } from '../../../src/render/components/publication-list.js';
import { withBase } from '../../../src/render/components/site-url.js';
import { escapeHtml } from '../../../src/render/escape.js';
import { Icon, isIconName } from '../../../src/render/icons/icon.js';
import { citationFileUrls, paperBodyHtml } from '../../../src/render/publications/paper-page.js';
import { buildSections, DEFAULT_SECTIONS } from '../../../src/render/publications/sections.js';
import { titleHtml } from '../../../src/render/publications/title-html.js';
import { publicationSite } from '../publications/publication-site.js';

// The JSX components the publication string templates replaced (for speed with 10,000 papers), kept here as the
// reference their bytes must match.

function JsxAuthor({ author, ui }: { author: PublicationAuthor; ui: UiText }) {
  const name = author.isOwner ? <strong class="author__name author__name--owner">{author.name}</strong> : <span class="author__name">{author.name}</span>;
  return (
    <span class={author.isOwner ? 'author author--owner' : 'author'}>
      {name}
      {author.equal && <sup class="author__mark" title={ui.messages.equal_contribution}>*</sup>}
      {author.corresponding && <sup class="author__mark" title={ui.messages.corresponding_author}>†</sup>}
    </span>
  );
}

function joined(authors: readonly PublicationAuthor[], ui: UiText) {
  return authors.map((a, i) => <>{i > 0 && ', '}<JsxAuthor author={a} ui={ui} /></>);
}

function HiddenCount({ count, owner, ui }: { count: number; owner: string | undefined; ui: UiText }) {
  if (owner === undefined) return <>{fill(ui.messages.more_authors, { count })}</>;
  const [before = '', after = ''] = fill(ui.messages.more_authors_with_owner, { count }).split('{name}');
  return <>{before}<strong class="author__name--owner">{owner}</strong>{after}</>;
}

function JsxAuthorList({ authors, ui, etAl = false, limit }: { authors: readonly PublicationAuthor[]; ui: UiText; etAl?: boolean; limit?: number }) {
  const cut = limit !== undefined && authors.length > limit + 1 ? limit : authors.length;
  const shown = authors.slice(0, cut);
  const hidden = authors.slice(cut);
  const hiddenOwner = hidden.find((a) => a.isOwner);
  return (
    <div class="author-list">
      {joined(shown, ui)}
      {hidden.length > 0 && (
        <details class="author-list__more">
          <summary><HiddenCount count={hidden.length} owner={hiddenOwner?.name} ui={ui} /></summary>
          {', '}
          {joined(hidden, ui)}
        </details>
      )}
      {etAl && <span class="author-list__etal">{`, ${ui.messages.et_al}`}</span>}
    </div>
  );
}

const STATUS_LABELS: Partial<Record<Publication['status'], MessageKey>> = { preprint: 'preprint', 'under-review': 'under_review', accepted: 'accepted' };

function VenueLine({ pub, ui }: { pub: Publication; ui: UiText }) {
  const t = ui.messages;
  const details = [
    pub.volume && fill(t.volume, { volume: pub.volume }),
    pub.issue && fill(t.issue, { issue: pub.issue }),
    pub.pages && fill(t.pages, { pages: pub.pages }),
    pub.year !== undefined && String(pub.year),
  ].filter(Boolean).join(', ');
  const arxivPreprint = pub.type === 'preprint' && pub.arxiv !== undefined && (pub.venue === undefined || /^arxiv\b/i.test(pub.venue));
  const venue = arxivPreprint ? t.arxiv_preprint : pub.venue;
  if (!venue && !details) return null;
  return (
    <p class="publication__venue">
      {venue && <em>{venue}</em>}
      {arxivPreprint && ` arXiv:${pub.arxiv}`}
      {venue && details && ', '}
      {details}
    </p>
  );
}

function Badges({ pub, ui }: { pub: Publication; ui: UiText }) {
  const statusKey = STATUS_LABELS[pub.status];
  const status = statusKey && ui.messages[statusKey];
  if (!pub.venueShort && !status && pub.tiers.length === 0 && pub.tags.length === 0) return null;
  return (
    <ul class="publication__badges">
      {pub.venueShort && <li class="badge badge--venue">{pub.venueShort}</li>}
      {status && <li class="badge badge--status">{status}</li>}
      {pub.tiers.map((t) => <li class="badge badge--tier">{t}</li>)}
      {pub.tags.map((t) => <li class="badge badge--tag">{t}</li>)}
    </ul>
  );
}

function PublicationLinks({ pub, basePath, ui }: { pub: Publication; basePath: string; ui: UiText }) {
  if (pub.links.length === 0) return null;
  const items = pub.links.map((l) => {
    const icon = l.icon && isIconName(l.icon) ? renderToString(<Icon name={l.icon} />) : '';
    return `<li><a class="publication__link" href="${escapeHtml(withBase(basePath, l.url))}">${icon}${escapeHtml(linkLabel(l, ui))}</a></li>`;
  });
  return <ul class="publication__links" dangerouslySetInnerHTML={{ __html: items.join('') }} />;
}

function CopyButton({ target, ui }: { target: string; ui: UiText }) {
  const t = ui.messages;
  return (
    <button type="button" class="copy-button" data-copy-target={target}
      data-copied-text={t.copied === 'Copied to clipboard' ? undefined : t.copied}
      data-copy-failed-text={t.copy_failed === 'Copy failed' ? undefined : t.copy_failed} hidden>{t.copy_bibtex}</button>
  );
}

function BibtexBlock({ pub, id, ui }: { pub: Publication; id: string; ui: UiText }) {
  if (!pub.bibtex) return null;
  return (
    <details class="publication__bibtex">
      <summary>BibTeX</summary>
      <pre id={id} tabindex={0}><code>{pub.bibtex}</code></pre>
      <CopyButton target={id} ui={ui} />
    </details>
  );
}

interface ItemProps { pub: Publication; basePath: string; ui: UiText; level?: 2 | 3 | 4; idPrefix?: string; authorLimit?: number; linkTitle?: boolean }

function PublicationItem({ pub, basePath, ui, level = 3, idPrefix = 'pub', authorLimit = 10, linkTitle = true }: ItemProps) {
  const Heading = `h${level}` as 'h3';
  const title = { __html: titleHtml(pub.title) };
  return (
    <li class={pub.selected ? 'publication publication--selected' : 'publication'}>
      {pub.preview && (
        <div class="publication__preview">
          <img src={withBase(basePath, pub.preview)} alt="" loading="lazy" decoding="async" />
        </div>
      )}
      <div class="publication__body">
        <Badges pub={pub} ui={ui} />
        <Heading class="publication__title" lang={pub.fallbackLanguages?.title}>
          {linkTitle ? <a href={withBase(basePath, publicationUrl(pub))} dangerouslySetInnerHTML={title} /> : <span dangerouslySetInnerHTML={title} />}
        </Heading>
        <div class="publication__authors"><JsxAuthorList authors={pub.authors} ui={ui} etAl={pub.etAl ?? false} limit={authorLimit} /></div>
        <VenueLine pub={pub} ui={ui} />
        {pub.award && <p class="publication__award">{pub.award}</p>}
        {pub.citedBy !== undefined && <p class="publication__cited-by">{fill(ui.messages.cited_by, { count: pub.citedBy })}</p>}
        <PublicationLinks pub={pub} basePath={basePath} ui={ui} />
        {pub.abstract && (
          <details class="publication__abstract">
            <summary>{ui.messages.abstract}</summary>
            <p>{pub.abstract}</p>
          </details>
        )}
        {pub.bibtexShow && <BibtexBlock pub={pub} id={`${idPrefix}-${slugId(pub.key)}-bibtex`} ui={ui} />}
      </div>
    </li>
  );
}

function MarksLegend({ pubs, ui }: { pubs: readonly Publication[]; ui: UiText }) {
  const equal = pubs.some((p) => p.authors.some((a) => a.equal));
  const corresponding = pubs.some((p) => p.authors.some((a) => a.corresponding));
  if (!equal && !corresponding) return null;
  return (
    <p class="publication-legend">
      {equal && <span class="publication-legend__item"><sup>*</sup>{` ${ui.messages.equal_contribution}`}</span>}
      {equal && corresponding && ' · '}
      {corresponding && <span class="publication-legend__item"><sup>†</sup>{` ${ui.messages.corresponding_author}`}</span>}
    </p>
  );
}

const OVERRIDE_CLASS = 'publication publication--override';

function PublicationList({ pubs, basePath, drawn, ui, level = 3, idPrefix = 'pub' }: {
  pubs: readonly Publication[]; basePath: string; drawn?: ReadonlyMap<Publication, string> | undefined; ui: UiText; level?: 2 | 3 | 4; idPrefix?: string;
}) {
  if (pubs.length === 0) return <p class="publication-list publication-list--empty">{ui.messages.no_publications}</p>;
  return (
    <div class="publications">
      <MarksLegend pubs={pubs} ui={ui} />
      <ol class="publication-list">
        {pubs.map((p) => {
          const own = drawn?.get(p);
          return own !== undefined ? <li class={OVERRIDE_CLASS} dangerouslySetInnerHTML={{ __html: own }} />
            : <PublicationItem pub={p} basePath={basePath} ui={ui} level={level} idPrefix={idPrefix} />;
        })}
      </ol>
    </div>
  );
}

function jsxSectionsHtml(sections: ReturnType<typeof buildSections>, basePath: string, ui: UiText, drawn?: ReadonlyMap<Publication, string>): string {
  if (sections.length === 0) return renderToString(<p class="publication-list publication-list--empty">{ui.messages.no_publications_yet}</p>);
  const parts = [renderToString(<MarksLegend pubs={sections.flatMap((s) => s.pubs)} ui={ui} />)];
  for (const s of sections) {
    const id = `pubs-${s.id}`;
    parts.push(`<section class="publication-section" aria-labelledby="${escapeHtml(id)}"><h2 id="${escapeHtml(id)}">${escapeHtml(s.title)}</h2><ol class="publication-list">`);
    for (const p of s.pubs) {
      const own = drawn?.get(p);
      parts.push(own !== undefined ? `<li class="${OVERRIDE_CLASS}">${own}</li>` : renderToString(<PublicationItem pub={p} basePath={basePath} ui={ui} level={3} idPrefix={id} />));
    }
    parts.push('</ol></section>');
  }
  return `<div class="publications">${parts.join('')}</div>`;
}

function PaperBody({ pub, basePath, ui }: { pub: Publication; basePath: string; ui: UiText }) {
  const files = citationFileUrls(pub);
  const bibId = `paper-${slugId(pub.key)}-bibtex`;
  return (
    <div class="paper">
      <Badges pub={pub} ui={ui} />
      <div class="publication__authors paper__authors"><JsxAuthorList authors={pub.authors} ui={ui} etAl={pub.etAl ?? false} /></div>
      <MarksLegend pubs={[pub]} ui={ui} />
      <VenueLine pub={pub} ui={ui} />
      {pub.date && pub.date.length > 4 && <p class="paper__date"><time dateTime={pub.date}>{formatMonthYear(pub.date, ui.dates)}</time></p>}
      {pub.award && <p class="publication__award">{pub.award}</p>}
      <PublicationLinks pub={pub} basePath={basePath} ui={ui} />
      {pub.preview && <img class="paper__preview" src={withBase(basePath, pub.preview)} alt="" decoding="async" />}
      {pub.abstract && (
        <section class="paper__abstract" aria-labelledby="paper-abstract">
          <h2 id="paper-abstract">{ui.messages.abstract}</h2>
          <p>{pub.abstract}</p>
        </section>
      )}
      <section class="paper__cite" aria-labelledby="paper-cite">
        <h2 id="paper-cite">{ui.messages.cite}</h2>
        {pub.bibtex && <pre id={bibId} tabindex={0}><code>{pub.bibtex}</code></pre>}
        {pub.bibtex && <CopyButton target={bibId} ui={ui} />}
        <ul class="paper__downloads">
          <li><a href={withBase(basePath, files.bib)} download>BibTeX (.bib)</a></li>
          <li><a href={withBase(basePath, files.ris)} download>RIS (.ris)</a></li>
          <li><a href={withBase(basePath, files.csl)} download>CSL-JSON (.json)</a></li>
        </ul>
      </section>
    </div>
  );
}

// Every fixture paper, then variants that reach each branch: odd characters, empty and missing values, math,
// a preview, a citation count, hidden owners, fallback languages, every status.
const odd = 'Fish & "chips" <b>bold</b> it\'s > that';
const fixture = publicationSite().publications;
const author = (name: string, extra: Partial<PublicationAuthor> = {}): PublicationAuthor => ({ name, isOwner: false, equal: false, corresponding: false, ...extra });
const many = Array.from({ length: 14 }, (_, i) => author(i === 12 ? `Owner ${odd}` : `Author ${i}`, { isOwner: i === 12, equal: i % 4 === 1, corresponding: i === 13 }));
const base = fixture[0]!;
const pubs: Publication[] = [
  ...fixture,
  ...fixture.map((p) => ({ ...p, title: `${p.title} ${odd} $x^2$`, award: odd, citedBy: 0, preview: '/images/a "b".png', selected: !p.selected, bibtexShow: true, tags: [odd], tiers: ['Q1', odd] })),
  { ...base, key: 'a:b/c', authors: many, etAl: true, venue: undefined, venueShort: '', type: 'preprint', arxiv: '2401.00001', status: 'preprint', year: undefined, volume: '', pages: undefined, fallbackLanguages: { title: 'en' } },
  { ...base, key: 'odd', authors: [author(odd, { isOwner: true, equal: true, corresponding: true })], venue: `arXiv ${odd}`, type: 'preprint', arxiv: '1', status: 'under-review', citedBy: 12, abstract: odd, bibtex: `@misc{odd, title = {${odd}}}`, links: [], award: '', preview: 'https://example.org/p.png', date: '2024-03', fallbackLanguages: { title: '' } },
  { ...base, key: 'bare', authors: [], venue: undefined, venueShort: undefined, year: undefined, volume: undefined, issue: undefined, pages: undefined, tiers: [], tags: [], status: 'published', bibtex: undefined, abstract: undefined, links: [], date: undefined },
  { ...base, key: 'accepted', status: 'accepted', issue: '3', volume: '12', date: '', bibtex: '', bibtexShow: true, links: [{ label: odd, url: '/files/x.pdf?a=1&b="2"', icon: 'pdf' }, { label: 'x', url: 'https://e.org', icon: 'nope' }] },
];
const english = buildUiText('en').ui;
const uis: UiText[] = [english, buildUiText('zh-hans').ui, buildUiText('de').ui,
  { ...english, messages: { ...english.messages, copied: '', copy_failed: odd, abstract: '', cited_by: '{count} & more', more_authors_with_owner: 'no name here' } }];

test('the publication string templates give the same bytes as the JSX components they replaced, for every combination of their props', () => {
  let compared = 0;
  for (const ui of uis) {
    for (const basePath of ['', '/my site']) {
      for (const pub of pubs) {
        assert.equal(paperBodyHtml({ pub, basePath, ui }), renderToString(<PaperBody pub={pub} basePath={basePath} ui={ui} />), `paper ${pub.key}`);
        for (const props of [{}, { level: 2 as const, idPrefix: 'x"y', authorLimit: 3, linkTitle: false }, { level: 4 as const, authorLimit: 0 }]) {
          assert.equal(publicationItemHtml({ pub, basePath, ui, ...props }), renderToString(<PublicationItem pub={pub} basePath={basePath} ui={ui} {...props} />), `item ${pub.key}`);
          compared++;
        }
        for (const [etAl, limit] of [[false, undefined], [true, 2], [false, 12]] as const) {
          assert.equal(authorListHtml({ authors: pub.authors, ui, etAl, ...(limit === undefined ? {} : { limit }) }),
            renderToString(<JsxAuthorList authors={pub.authors} ui={ui} etAl={etAl} limit={limit} />), `authors ${pub.key}`);
        }
      }
      const drawn = new Map([[pubs[1]!, '<b>own</b>']]);
      for (const list of [pubs, [], pubs.slice(-2)]) {
        assert.equal(publicationListHtml({ pubs: list, basePath, ui, drawn, idPrefix: 'pubs' }),
          renderToString(<PublicationList pubs={list} basePath={basePath} ui={ui} drawn={drawn} idPrefix="pubs" />));
        const sections = buildSections(list, [{ kind: 'selected' }, ...DEFAULT_SECTIONS, { kind: 'type' }], ui.messages);
        assert.equal(publicationSectionsHtml(sections, basePath, ui, drawn), jsxSectionsHtml(sections, basePath, ui, drawn));
      }
    }
  }
  assert.ok(compared > 100);
});
