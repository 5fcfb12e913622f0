import { EVENTS_PATH } from './event-channel.js';

/** The URL path the dev client script is served from. */
export const CLIENT_PATH = '/__vita/client.js';

/**
 * The browser side of `vita dev`, served only by the dev server: listens to the event stream,
 * reloads on `reload`, swaps changed stylesheets in place on `css`, and shows or clears the error
 * overlay. The overlay HTML arrives escaped from the server; `hello` carries the server's session
 * id so that a restarted server reloads tabs left open on the old one.
 */
export const CLIENT_SCRIPT = `// vita dev live reload (not part of the built site)
const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
let session;
let overlay;
events.addEventListener('hello', (e) => {
  if (session !== undefined && e.data !== session) location.reload();
  session = e.data;
});
events.addEventListener('reload', () => location.reload());
events.addEventListener('css', (e) => {
  const changed = new Set(JSON.parse(e.data));
  for (const link of document.querySelectorAll('link[rel~="stylesheet"]')) {
    const url = new URL(link.href);
    if (url.origin !== location.origin || !changed.has(url.pathname)) continue;
    url.searchParams.set('vita', String(Date.now()));
    const next = link.cloneNode();
    next.href = url.href;
    next.addEventListener('load', () => link.remove(), { once: true });
    next.addEventListener('error', () => link.remove(), { once: true });
    link.after(next);
  }
});
// EventSource also fires 'error' for lost connections; only build errors carry data.
events.addEventListener('error', (e) => {
  if (typeof e.data !== 'string') return;
  if (!overlay) {
    overlay = document.createElement('vita-error-overlay');
    overlay.attachShadow({ mode: 'open' });
    document.documentElement.append(overlay);
  }
  overlay.shadowRoot.innerHTML = e.data;
});
events.addEventListener('clear', () => {
  overlay?.remove();
  overlay = undefined;
});
`;

const TAG = `<script type="module" src="${CLIENT_PATH}"></script>`;

/** Adds the dev client script to an HTML page, just before its last `</body>` (or at the end). */
export function injectClient(html: string): string {
  const at = html.toLowerCase().lastIndexOf('</body>');
  return at < 0 ? html + TAG : html.slice(0, at) + TAG + html.slice(at);
}
