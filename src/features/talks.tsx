import { fill } from '../i18n/fill.js';
import { renderToString } from 'preact-render-to-string';
import { buildTalks } from '../model/talks.js';
import { TalkList, talkYearId } from '../render/components/talk-list.js';
import { talksDirective } from '../render/directives/talks.js';
import type { Talk } from '../model/talks.js';
import type { Site } from '../model/types.js';
import type { Feature, SearchRecord } from './feature.js';
import { ownPageAt } from './markdown-body.js';
import { drawnOf } from '../render/overrides/prepare-overrides.js';

/** Talks from data/talks.yml and talks/*.md: /talks/ grouped by year, and `::talks`. */
export const talksFeature: Feature = {
  name: 'talks',
  dataFiles: ['talks'],
  contentFolders: ['talks'],
  model: ({ loaded }, bag) => ({ talks: buildTalks(loaded.data.get('talks'), loaded.collections.get('talks'), bag) }),
  directives: [talksDirective],
  pages: (site) => {
    const talks = site.talks ?? [];
    if (talks.length === 0 || ownPageAt(site, '/talks/')) return [];
    return [{
      url: '/talks/', title: site.ui.messages.talks, source: talks[0]!.source, description: fill(site.ui.messages.talks_by, { name: site.author.name }),
      bodyHtml: renderToString(
        <TalkList talks={talks} basePath={site.config.basePath} ui={site.ui} byYear drawn={drawnOf(site, 'talk')} />),
    }];
  },
  searchRecords: (site) => (site.talks ?? []).map((talk) => talkRecord(site, talk)),
};

// Talks have no pages of their own: a result leads to the year's heading on /talks/ (the owner's own /talks/
// page has no such headings, so it is linked whole).
function talkRecord(site: Site, talk: Talk): SearchRecord {
  const url = ownPageAt(site, '/talks/') ? '/talks/' : `/talks/#${talkYearId(talk.date?.slice(0, 4))}`;
  // Markdown's emphasis and code marks are noise in an excerpt; the words stay.
  const description = (talk.description ?? '').replace(/[*_`]/g, '');
  const content = [talk.title, talk.event, talk.location, description].filter(Boolean).join('. ');
  return { kind: 'Talk', ...(talk.date ? { date: talk.date } : {}), url, title: talk.title, content };
}
