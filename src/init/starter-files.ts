/** The files of a new site made by `vita init`, as path → content. Builds with no edits. */
export function starterFiles(name: string): Record<string, string> {
  return {
    'site.yml': `# yaml-language-server: $schema=./node_modules/vita/schema/site.schema.json
# Your site: edit the values, then run \`npx vita dev\` to preview.
title: ${yamlString(name)}
url: https://example.github.io
description: ${yamlString(`${name}'s academic homepage.`)}
language: en
author:
  name: ${yamlString(name)}
  bio: I study things and write papers about them.
  position: PhD student
  location: Somewhere on Earth
  email: you@example.org
  links:
    github: your-github-name
navigation:
  - { title: About, url: / }
  - { title: Publications, url: /publications/ }
# A search button in the header; the index is built with the site (docs/search.md).
search: true
`,
    'pages/index.md': `---
title: About me
layout: home
---

Welcome! This is your home page. Write about your research here in **Markdown**.

## News

::news{limit=5}

## Experience

::experience

## Honors

::honors
`,
    'pages/publications.md': `---
title: Publications
description: Papers and preprints.
---

Add papers to \`data/publications.yml\` or \`publications.bib\`; they are listed here.
`,
    'data/news.yml': `- date: 2025-01
  text: Started my homepage with **Vita**.
`,
    'data/experience.yml': `- organization: Example University
  url: https://example.org/
  role: PhD student
  start: 2024-09
  end: present
`,
    'data/honors.yml': `- title: Best Poster Award
  by: Example Workshop
  years: [2025]
`,
    'static/files/.gitkeep': '',
    '.gitignore': '_site/\nnode_modules/\n',
    '.github/workflows/pages.yml': PAGES_WORKFLOW,
    'package.json': JSON.stringify({ private: true, scripts: { build: 'vita build', dev: 'vita dev' }, devDependencies: { vita: '^0.1.0' } }, null, 2) + '\n',
  };
}

// Quotes a value for YAML whenever it is not plain text (colons, quotes, leading symbols, YAML keywords).
function yamlString(value: string): string {
  return /^[A-Za-z][\w .,'-]*$/.test(value) && !/^(yes|no|on|off|true|false|null)$/i.test(value) && !value.includes(': ')
    ? value
    : JSON.stringify(value);
}

const PAGES_WORKFLOW = `# Builds the site with Vita and publishes it with GitHub Pages on every push to main.
# In the repository settings, set Pages → Source to "GitHub Actions".
name: Deploy site
on:
  push:
    branches: [main]
  workflow_dispatch:
  # Weekly citation counts: uncomment the two lines below. The sync job then runs \`vita sync\` every
  # Monday, commits data/citations.yml, and the site is rebuilt with the new counts.
  # schedule:
  #   - cron: '17 5 * * 1'
permissions:
  contents: read
  pages: write
  id-token: write
concurrency:
  group: pages
  cancel-in-progress: true
jobs:
  sync:
    # Only on the schedule above (off until you uncomment it).
    if: github.event_name == 'schedule'
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install
      - run: npx vita sync
        # A service that fails leaves its old counts; the others are still committed.
        continue-on-error: true
      - run: |
          [ -f data/citations.yml ] || exit 0
          git config user.name "github-actions[bot]"
          git config user.email "41898282+github-actions[bot]@users.noreply.github.com"
          git add data/citations.yml
          git diff --cached --quiet || (git commit -m "Update citation counts" && git push)
  build:
    needs: sync
    if: \${{ !cancelled() && needs.sync.result != 'failure' }}
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          # The branch's latest commit, which includes the counts the sync job may just have committed.
          ref: \${{ github.ref }}
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install
      - run: npx vita build
      - uses: actions/upload-pages-artifact@v3
        with:
          path: _site
  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;
