/** Every HTML file the example sites build, redirect and 404 pages included, passes html-validate with zero errors. */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { readBuiltSite } from '../../src/check/built-site.js';
import { HTML_VALIDATE_CONFIG } from './html-validate-config.js';
import { buildSites } from './sites.js';

const built = await buildSites();
const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);

describe('html-validate over the built example sites', () => {
  after(() => built.cleanup());
  for (const site of built.sites) {
    for (const page of readBuiltSite(site.outDir).pages) {
      test(`${site.name}${page.path}`, async () => {
        const report = await validator.validateString(page.html, page.path.slice(1));
        const errors = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2)
          .map((m) => `${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
        assert.deepEqual(errors, []);
      });
    }
  }
});
