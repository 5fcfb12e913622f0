import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mapConfig } from '../../src/import/config.js';
import { mapNavigation } from '../../src/import/navigation.js';
import { formatLine, Report } from '../../src/import/report.js';
import { parseYaml11 } from '../../src/import/yaml11.js';

test('maps title, url + baseurl, description, locale, the author block and every profile key', () => {
  const report = new Report();
  const config = parseYaml11(`locale: "zh-CN"
title: "Site"
description: "About me"
url: https://me.github.io/
baseurl: "/site"
author:
  avatar: "me.png"
  name: "Ze Wang"
  pronouns: "he/him"
  bio: "Student"
  location: "Guangzhou"
  employer: "SYSU"
  uri: "https://me.example"
  email: "me@example.org"
  googlescholar: "https://scholar.google.com/citations?user=X"
  orcid: "0000-0002-1825-0097"
  github: "me"
  arxiv: "https://arxiv.org/a/me_1"
  semantic: "https://www.semanticscholar.org/author/1"
  dblp: "https://dblp.org/pid/1.html"
  researchgate: "Me"
  linkedin: "me"
  twitter: "me"
  bluesky: "me.bsky.social"
  mastodon: "https://mastodon.social/@me"
  youtube: "@me"
  zhihu: "me"
  kaggle: "mek"
  facebook:
analytics:
  provider: "google-universal"
  google:
    tracking_id: "UA-1-1"
markdown: kramdown
my_custom_key: 1
`) as Record<string, unknown>;
  assert.deepEqual(mapConfig(config, report), {
    title: 'Site', url: 'https://me.github.io/site', description: 'About me', language: 'zh-CN',
    author: {
      name: 'Ze Wang', avatar: '/images/me.png', bio: 'Student', location: 'Guangzhou', employer: 'SYSU', email: 'me@example.org',
      links: {
        arxiv: 'https://arxiv.org/a/me_1', bluesky: 'me.bsky.social', dblp: 'https://dblp.org/pid/1.html', github: 'me', linkedin: 'me',
        mastodon: 'https://mastodon.social/@me', orcid: '0000-0002-1825-0097', researchgate: 'Me', scholar: 'https://scholar.google.com/citations?user=X',
        semantic_scholar: 'https://www.semanticscholar.org/author/1', website: 'https://me.example', x: 'me', youtube: '@me', zhihu: 'me',
      },
    },
    analytics: { provider: 'google', id: 'UA-1-1' },
  });
  assert.deepEqual(report.lines.map(formatLine), [
    '_config.yml: author keys with no Vita profile link: kaggle: mek; pronouns: he/him',
    '_config.yml: 1 Jekyll/theme settings (markdown)',
    '_config.yml: settings with no Vita equivalent: my_custom_key',
  ]);
});

test('missing title and url get placeholders that the report asks to change; analytics off stays off', () => {
  const report = new Report();
  assert.deepEqual(mapConfig({ author: { name: 'A' }, analytics: { provider: false }, locale: 'English' }, report), {
    title: 'A', url: 'https://example.org', author: { name: 'A' },
  });
  assert.deepEqual(report.lines.map(formatLine), [
    "_config.yml: no absolute url: site.yml says https://example.org; write your site's address there",
    '_config.yml: locale "English" is not a language tag such as en or en-US',
  ]);
});

test('navigation: main entries in order; commented-out entries stay out and are listed', () => {
  const text = 'main:\n  - title: "Publications"\n    url: /publications/\n\n  # - title: "Talks"\n  #   url: /talks/\n\n  - title: CV\n    url: /cv/\n';
  const report = new Report();
  assert.deepEqual(mapNavigation(parseYaml11(text), text, report), [{ title: 'Publications', url: '/publications/' }, { title: 'CV', url: '/cv/' }]);
  assert.deepEqual(report.lines.map(formatLine), ['_data/navigation.yml:5: commented-out navigation entry "Talks" left out']);
});

test('an HTML bio becomes inline Markdown, its entities decoded once', () => {
  const site = mapConfig({ title: 'T', url: 'https://t.example', author: { name: 'T', bio: 'Ecologist at <a href="https://lab.example.org">Lakeside</a> &amp; <b>rivers</b>' } }, new Report());
  assert.equal((site.author as Record<string, unknown>).bio, 'Ecologist at [Lakeside](https://lab.example.org) & **rivers**');
});
