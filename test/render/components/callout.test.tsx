import { englishUi } from '../../helpers/ui.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToString } from 'preact-render-to-string';
import { CALLOUT_KINDS, Callout } from '../../../src/render/components/callout.js';

test('a callout is a role=note box titled by its kind', () => {
  const html = renderToString(<Callout t={englishUi.messages} kind="warning" html="<p>Mind the gap.</p>" />);
  assert.match(html, /^<div class="callout callout--warning" role="note"><p class="callout__title"><svg class="icon" [^>]*aria-hidden="true" focusable="false"/);
  assert.match(html, /<\/svg><span>Warning<\/span><\/p><div class="callout__body"><p>Mind the gap.<\/p><\/div><\/div>$/);
});

test('a label becomes the title, as inline Markdown', () => {
  const html = renderToString(<Callout t={englishUi.messages} kind="tip" title="Heads *up*" html="" />);
  assert.match(html, /<span>Heads <em>up<\/em><\/span>/);
});

test('every kind has a default title', () => {
  for (const kind of CALLOUT_KINDS) {
    const title = kind[0]!.toUpperCase() + kind.slice(1);
    assert.match(renderToString(<Callout t={englishUi.messages} kind={kind} html="" />), new RegExp(`<span>${title}</span>`));
  }
});
