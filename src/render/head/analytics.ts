import type { Analytics } from '../../model/types.js';
import { escapeAttr } from './escape.js';
import { serializeJsonLd } from './json-ld.js';

/**
 * The analytics snippet the owner configured: the only third-party script Vita ever adds, and only on request.
 * Values are escaped for the attribute (or JavaScript string) they land in.
 */
export function analyticsHtml(analytics: Analytics | undefined): string {
  if (!analytics) return '';
  const id = analytics.id;
  switch (analytics.provider) {
    case 'google':
      return `<script async src="https://www.googletagmanager.com/gtag/js?id=${escapeAttr(encodeURIComponent(id))}"></script>` +
        `<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}` +
        `gtag('js',new Date());gtag('config',${serializeJsonLd(id)});</script>`;
    case 'plausible':
      return `<script defer data-domain="${escapeAttr(id)}" src="${escapeAttr(analytics.src ?? 'https://plausible.io/js/script.js')}"></script>`;
    case 'goatcounter':
      return `<script async data-goatcounter="https://${escapeAttr(encodeURIComponent(id))}.goatcounter.com/count" ` +
        `src="https://gc.zgo.at/count.js"></script>`;
    case 'umami':
      return `<script defer src="${escapeAttr(analytics.src ?? 'https://cloud.umami.is/script.js')}" ` +
        `data-website-id="${escapeAttr(id)}"></script>`;
  }
}
