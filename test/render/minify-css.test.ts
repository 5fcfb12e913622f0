import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCss } from '../../src/render/minify-css.js';

test('comments and extra white space go; meaning stays', () => {
  const css = '/* theme */\n:root {\n  --bg: #fff;\n  --shadow: 0 1px 2px rgb(0 0 0 / 10%);\n}\n\n.a > .b,\n.c:hover {\n  color: var(--bg);\n  margin: 0 auto;\n}\n@media (min-width: 40rem) {\n  .d { padding: calc(1rem + 2px); }\n}\n';
  assert.equal(minifyCss(css), ':root{--bg:#fff;--shadow:0 1px 2px rgb(0 0 0 / 10%)}.a > .b,.c:hover{color:var(--bg);margin:0 auto}@media (min-width: 40rem){.d{padding:calc(1rem + 2px)}}\n');
});

test('strings keep their spaces and comment-like text', () => {
  assert.equal(minifyCss('.q::before { content: "a  /* b */ ;  c"; }'), '.q::before{content:"a  /* b */ ;  c"}\n');
});
