import type { MarkdownIt, Token } from 'markdown-it';
import { renderToString } from 'preact-render-to-string';
import { h } from 'preact';
import { Callout, type CalloutKind } from '../components/callout.js';
import { didYouMean } from '../../validate/did-you-mean.js';
import type { DirectiveOptions, DirectiveSpec } from '../directives/spec.js';
import type { DirectiveCall } from './directive-syntax.js';
import { CALLOUTS } from './directives-plugin.js';
import { bodyPosition, type MarkdownEnv } from './markdown-env.js';
import type { Messages } from '../../i18n/messages.js';

// The callout component wraps finished HTML; containers are rendered as open and close tokens,
// so we render it around a marker once and split there.
const MARKER = '\u0000vita-callout-body\u0000';
const calloutParts = new Map<string, [string, string]>();

function calloutAround(kind: CalloutKind, title: string | undefined, t: Messages): [string, string] {
  // An untitled callout is named by the site's word for its kind, so that word is part of the key.
  const key = title === undefined ? `${kind}\u0001${t[kind]}` : `${kind}\u0000${title}`;
  let parts = calloutParts.get(key);
  if (!parts) {
    const html = renderToString(h(Callout, { kind, ...(title !== undefined ? { title } : {}), html: MARKER, t }));
    const at = html.indexOf(MARKER);
    parts = [html.slice(0, at) + '\n', html.slice(at + MARKER.length) + '\n'];
    calloutParts.set(key, parts);
  }
  return parts;
}

/** Render rules for directive tokens: data directives via their spec, containers as callouts. */
export function directiveRenderRules(md: MarkdownIt): void {
  md.renderer.rules.vita_directive = (tokens, idx, _options, env) => renderLeaf(tokens[idx]!, env as unknown as MarkdownEnv);
  md.renderer.rules.vita_container_open = (tokens, idx, _options, env) => renderContainerOpen(tokens[idx]!, env as unknown as MarkdownEnv, tokens, idx);
  md.renderer.rules.vita_container_close = (tokens, idx) => (tokens[idx]!.meta as { closeHtml: string }).closeHtml;
}

function at(token: Token, env: MarkdownEnv, col: number) {
  return bodyPosition(env, token.map?.[0] ?? 0, col + 1);
}

function renderLeaf(token: Token, env: MarkdownEnv): string {
  const call = (token.meta as { call: DirectiveCall }).call;
  if (call.error) {
    env.bag.error('directive-syntax', env.file, at(token, env, call.error.col), call.error.message, 'Directives look like ::name or ::name{option=value flag}.');
    return '';
  }
  const spec = env.directives.get(call.name);
  if (!spec) {
    const known = [...env.directives.keys()].sort();
    const guess = didYouMean(call.name, known);
    const hint = (CALLOUTS as readonly string[]).includes(call.name)
      ? `"${call.name}" is a callout: write it as a container, :::${call.name} … :::.`
      : guess !== undefined ? `Did you mean ::${guess}?` : `Known directives: ${known.map((k) => `::${k}`).join(', ')}.`;
    env.bag.error('unknown-directive', env.file, at(token, env, call.col), `Unknown directive "::${call.name}".`, hint);
    return '';
  }
  const options = readOptions(spec, call, token, env);
  if (!options) return '';
  const problem = spec.check?.(options);
  if (problem) {
    env.bag.error('bad-directive-option', env.file, at(token, env, call.col), problem);
    return '';
  }
  return spec.render(env.site, options, env.page);
}

function readOptions(spec: DirectiveSpec, call: DirectiveCall, token: Token, env: MarkdownEnv): DirectiveOptions | undefined {
  const out: DirectiveOptions = {};
  let ok = true;
  for (const attr of call.attrs) {
    const kind = spec.options[attr.key];
    const where = at(token, env, attr.col);
    if (!kind) {
      const names = Object.keys(spec.options).sort();
      env.bag.error('unknown-directive-option', env.file, where, `Unknown option "${attr.key}" for ::${spec.name}.`,
        names.length ? `::${spec.name} takes: ${names.join(', ')}.` : `::${spec.name} takes no options.`);
      ok = false;
    } else if (kind === 'flag' && attr.value !== true) {
      env.bag.error('bad-directive-option', env.file, where, `The option "${attr.key}" of ::${spec.name} is a flag and takes no value.`, `Write just ${attr.key}.`);
      ok = false;
    } else if (kind === 'integer') {
      const n = attr.value === true ? NaN : Number(attr.value);
      if (!Number.isInteger(n) || n < 0) {
        env.bag.error('bad-directive-option', env.file, where, `The option "${attr.key}" of ::${spec.name} needs a whole number.`, `Write ${attr.key}=5, for example.`);
        ok = false;
      } else out[attr.key] = n;
    } else if (kind === 'text' && attr.value === true) {
      env.bag.error('bad-directive-option', env.file, where, `The option "${attr.key}" of ::${spec.name} needs a value.`, `Write ${attr.key}="…".`);
      ok = false;
    } else out[attr.key] = attr.value;
  }
  return ok ? out : undefined;
}

function renderContainerOpen(token: Token, env: MarkdownEnv, tokens: Token[], idx: number): string {
  const call = (token.meta as { call: DirectiveCall }).call;
  const where = at(token, env, call.col);
  if (!(token.meta as { closed: boolean }).closed) {
    env.bag.error('unclosed-container', env.file, where, `The container ":::${call.name}" is never closed.`, `End it with a line holding only ${':'.repeat((token.meta as { fence?: number }).fence ?? 3)}.`);
  }
  if (call.error) env.bag.error('directive-syntax', env.file, at(token, env, call.error.col), call.error.message);
  const kind = (CALLOUTS as readonly string[]).includes(call.name) ? call.name : undefined;
  if (!kind) {
    env.bag.error('unknown-directive', env.file, where, `Unknown container ":::${call.name}".`, `Containers are callouts: ${CALLOUTS.map((c) => `:::${c}`).join(', ')}.`);
  }
  const [open, close] = calloutAround((kind ?? 'note') as CalloutKind, call.label, env.site.ui.messages);
  // The matching close token is the next one at this nesting level; hand it its half.
  const closeToken = findClose(tokens, idx);
  if (closeToken) closeToken.meta = { closeHtml: close };
  return open;
}

function findClose(tokens: Token[], idx: number): Token | undefined {
  let depth = 0;
  for (let i = idx; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'vita_container_open') depth++;
    else if (t.type === 'vita_container_close' && --depth === 0) return t;
  }
  return undefined;
}
