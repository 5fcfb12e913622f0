import { formatDateRange } from '../../i18n/format-date.js';
import type { UiText } from '../../i18n/ui-text.js';
import type { TimelineEntry } from '../../model/types.js';
import { Icon } from '../icons/icon.js';
import { OverrideItem, type DrawnItems } from './override-item.js';
import { renderInlineMarkdown } from './inline-markdown.js';
import { withBase } from './site-url.js';

// Logos come in every shape; a fixed box (with object-fit in the CSS) keeps layout stable without
// reading the image files, which render must not do.
const LOGO_SIZE = 56;

function Entry({ entry, basePath, ui }: { entry: TimelineEntry; basePath: string; ui: UiText }) {
  const dates = formatDateRange(entry.start, entry.end, entry.current, ui.dates, ui.messages.present);
  const org = entry.url
    ? <a href={withBase(basePath, entry.url)}>{entry.organization}</a>
    : entry.organization;
  return (
    <li class="timeline__entry">
      {entry.logo
        ? <img class="timeline__logo" src={withBase(basePath, entry.logo)} alt="" width={LOGO_SIZE} height={LOGO_SIZE}
            loading="lazy" decoding="async" />
        : <span class="timeline__logo timeline__logo--blank"><Icon name="building" /></span>}
      <div class="timeline__body">
        <p class="timeline__org">
          <strong lang={entry.fallbackLanguages?.organization}>{org}</strong>
          {entry.unit && <span class="timeline__unit" lang={entry.fallbackLanguages?.unit}>, {entry.unit}</span>}
        </p>
        <p class="timeline__role" lang={entry.fallbackLanguages?.role}>{entry.role}</p>
        {(dates || entry.location) && (
          <p class="timeline__meta">
            {dates && <span class="timeline__dates">{dates}</span>}
            {dates && entry.location && <span aria-hidden="true"> · </span>}
            {entry.location && <span class="timeline__location" lang={entry.fallbackLanguages?.location}>{entry.location}</span>}
          </p>
        )}
        {entry.description && (
          <p class="timeline__desc" lang={entry.fallbackLanguages?.description} dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(entry.description) }} />
        )}
      </div>
    </li>
  );
}

/**
 * Experience or education entries in the order given, each with logo, organisation, role and dates; `drawn`
 * holds the owner's own drawing of each entry (theme.components.timeline_entry), used instead of Vita's.
 */
export function Timeline({ entries, ui, basePath = '', limit, drawn }: {
  entries: readonly TimelineEntry[];
  ui: UiText;
  basePath?: string;
  limit?: number;
  drawn?: DrawnItems<TimelineEntry>;
}) {
  if (entries.length === 0) return null;
  const shown = limit === undefined ? entries : entries.slice(0, limit);
  return (
    <ol class="timeline">
      {shown.map((entry) => {
        const own = drawn?.get(entry);
        return own !== undefined ? <OverrideItem block="timeline__entry" html={own} />
          : <Entry entry={entry} basePath={basePath} ui={ui} />;
      })}
    </ol>
  );
}
