/** The validator configuration still catches real mistakes: only the two style rules are relaxed. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { HTML_VALIDATE_CONFIG } from './html-validate-config.js';

test('a page with a duplicate id, a stray end tag and an image without alt fails with those rules', async () => {
  const html = '<!doctype html>\n<html lang="en">\n<head>\n<title>t</title>\n</head>\n<body>\n<p id="a">x</p><p id="a">y</p>\n<div><img src="a.png"/></span></div>\n</body>\n</html>\n';
  const report = await new HtmlValidate(HTML_VALIDATE_CONFIG).validateString(html, 'bad.html');
  const rules = report.results.flatMap((r) => r.messages).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
  assert.deepEqual(rules, ['7:23 no-dup-id', '8:7 wcag/h37', '8:25 close-order']);
});

test('lower-case doctype and self-closed void elements pass', async () => {
  const html = '<!doctype html>\n<html lang="en"><head><title>t</title></head><body><img src="a.png" alt="a"/><br/></body></html>\n';
  const report = await new HtmlValidate(HTML_VALIDATE_CONFIG).validateString(html, 'ok.html');
  assert.equal(report.valid, true);
});
