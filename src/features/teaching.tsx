import { fill } from '../i18n/fill.js';
import { renderToString } from 'preact-render-to-string';
import { buildTeaching } from '../model/teaching.js';
import { TeachingList } from '../render/components/teaching-list.js';
import { teachingDirective } from '../render/directives/teaching.js';
import type { Feature } from './feature.js';
import { ownPageAt } from './markdown-body.js';
import { drawnOf } from '../render/overrides/prepare-overrides.js';

/** Teaching from data/teaching.yml and teaching/*.md: /teaching/ and `::teaching`. */
export const teachingFeature: Feature = {
  name: 'teaching',
  dataFiles: ['teaching'],
  contentFolders: ['teaching'],
  model: ({ loaded }, bag) => ({ teaching: buildTeaching(loaded.data.get('teaching'), loaded.collections.get('teaching'), bag) }),
  directives: [teachingDirective],
  pages: (site) => {
    const entries = site.teaching ?? [];
    if (entries.length === 0 || ownPageAt(site, '/teaching/')) return [];
    return [{
      url: '/teaching/', title: site.ui.messages.teaching, source: entries[0]!.source, description: fill(site.ui.messages.teaching_by, { name: site.author.name }),
      bodyHtml: renderToString(
        <TeachingList entries={entries} basePath={site.config.basePath} drawn={drawnOf(site, 'teaching_entry')} />),
      search: { kind: 'Page' },
    }];
  },
};
