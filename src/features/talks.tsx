import { renderToString } from 'preact-render-to-string';
import { buildTalks } from '../model/talks.js';
import { TalkList } from '../render/components/talk-list.js';
import { talksDirective } from '../render/directives/talks.js';
import type { Feature } from './feature.js';
import { ownPageAt } from './markdown-body.js';

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
      url: '/talks/', title: 'Talks', source: talks[0]!.source, description: `Talks by ${site.author.name}.`,
      bodyHtml: renderToString(<TalkList talks={talks} basePath={site.config.basePath} byYear />),
    }];
  },
};
