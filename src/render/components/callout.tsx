import type { Messages } from '../../i18n/messages.js';
import { Icon, type IconName } from '../icons/icon.js';
import { renderInlineMarkdown } from './inline-markdown.js';

export const CALLOUT_KINDS = ['note', 'tip', 'warning', 'important', 'caution'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

const ICONS: Record<CalloutKind, IconName> = {
  note: 'info',
  tip: 'bulb',
  warning: 'alert',
  important: 'alert',
  caution: 'alert',
};

/**
 * A callout box around the owner's already-rendered Markdown (`html`).
 * `title` is the directive label (`:::note[Heads up]`), inline Markdown; without one the kind names it, in the site's words `t`.
 */
export function Callout({ kind, title, html, t }: { kind: CalloutKind; title?: string; html: string; t: Messages }) {
  const heading = title ? renderInlineMarkdown(title) : t[kind];
  return (
    <div class={`callout callout--${kind}`} role="note">
      <p class="callout__title">
        <Icon name={ICONS[kind]} />
        {title ? <span dangerouslySetInnerHTML={{ __html: heading }} /> : <span>{heading}</span>}
      </p>
      <div class="callout__body" dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
