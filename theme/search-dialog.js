// Vita site search, second part: the dialog. search-boot.js imports this module when the dialog first opens;
// it then loads the stylesheet and Pagefind's search library (<base>pagefind/pagefind.js, made by the build),
// which fetches only the parts of the index a query needs. Everything comes from the site's own origin.
const SHOWN = 10;
const KINDS = ['Paper', 'Post', 'Talk', 'Project', 'Page'];
// The dialog's words: English here; a site in another language gives its own on the search button
// (data-search-words, made by src/render/search/search-words.ts).
const ENGLISH = {
  search: 'Search', search_title: 'Search this site', search_placeholder: 'Search papers, posts, talks…',
  search_close: 'Close', search_kind: 'Kind', search_year: 'Year', search_all_kinds: 'All kinds', search_all_years: 'All years',
  search_results: 'Results', search_keys: 'Arrow keys move through the results; Esc closes.', search_no_results: 'No results',
  search_no_results_for: 'No results for “{term}”', search_one_result: '1 result', search_result_count: '{count} results',
  search_first_results: '{count} results, showing the first {shown}', search_kind_paper: 'Paper', search_kind_post: 'Post',
  search_kind_talk: 'Talk', search_kind_project: 'Project', search_kind_page: 'Page',
  short_months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  short_month_year: '{month} {year}', day_month_year: '{day} {month} {year}',
};
const WORDS = { ...ENGLISH, ...JSON.parse(document.querySelector('[data-search-words]')?.dataset.searchWords ?? '{}') };
const say = (text, values = {}) => String(text ?? '').replace(/\{(\w+)\}/g, (all, key) => (key in values ? String(values[key]) : all));

/** Builds the dialog once; `open(opener)` shows it and gives focus back to `opener` when it closes. */
export async function searchDialog(base, cssUrl) {
  const [pagefind] = await Promise.all([import(`${base}pagefind/pagefind.js`), stylesheet(cssUrl)]);
  await pagefind.options({ baseUrl: base, excerptLength: 24 });
  const ui = dialogElements();
  document.body.append(ui.dialog);
  await fillFilters(pagefind, ui);

  let opener = null;
  let latest = 0;
  let timer;
  const run = async () => {
    const query = ++latest;
    const term = ui.input.value.trim();
    const filters = {};
    if (ui.kind.value) filters.kind = ui.kind.value;
    if (ui.year.value) filters.year = ui.year.value;
    if (!term && !ui.kind.value && !ui.year.value) return showResults(ui, [], 0, '');
    const found = await pagefind.search(term || null, { filters });
    const data = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
    if (query === latest) showResults(ui, data, found.results.length, term);
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  };
  ui.input.addEventListener('input', soon);
  ui.kind.addEventListener('change', run);
  ui.year.addEventListener('change', run);
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    ui.results.querySelector('a')?.click();
  });
  ui.close.addEventListener('click', () => ui.dialog.close());
  // A click on the backdrop lands on the <dialog> itself.
  ui.dialog.addEventListener('click', (event) => event.target === ui.dialog && ui.dialog.close());
  ui.dialog.addEventListener('keydown', (event) => {
    // Closed here rather than left to the browser: Chromium ignores Esc on a modal while a <select> in it has focus.
    if (event.key === 'Escape') {
      event.preventDefault();
      ui.dialog.close();
    } else moveFocus(event, ui);
  });
  ui.dialog.addEventListener('close', () => {
    document.documentElement.classList.remove('search-open');
    if (opener && opener.isConnected) opener.focus();
  });

  return {
    open(from) {
      opener = from instanceof HTMLElement && from !== document.body ? from : document.querySelector('[data-search-dialog]');
      document.documentElement.classList.add('search-open');
      ui.dialog.showModal();
      ui.input.focus();
      ui.input.select();
    },
  };
}

function stylesheet(href) {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', resolve);
    link.addEventListener('error', reject);
    document.head.append(link);
  });
}

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function dialogElements() {
  const title = el('h2', { id: 'search-title', className: 'sr-only', textContent: say(WORDS.search_title) });
  const input = el('input', {
    id: 'search-input', type: 'search', className: 'search__input', autocomplete: 'off', spellcheck: false,
    placeholder: say(WORDS.search_placeholder), enterKeyHint: 'go',
  });
  input.setAttribute('aria-label', say(WORDS.search));
  input.setAttribute('aria-describedby', 'search-keys');
  const close = el('button', { type: 'button', className: 'search__close', textContent: say(WORDS.search_close) });
  const form = el('form', { className: 'search__bar', role: 'search' }, input, close);
  const kind = el('select', { id: 'search-kind', className: 'search__select' });
  const year = el('select', { id: 'search-year', className: 'search__select' });
  const filters = el('div', { className: 'search__filters' },
    el('label', { htmlFor: 'search-kind', textContent: say(WORDS.search_kind) }), kind,
    el('label', { htmlFor: 'search-year', textContent: say(WORDS.search_year) }), year);
  const status = el('p', { className: 'search__status', role: 'status' });
  status.setAttribute('aria-live', 'polite');
  const results = el('ol', { className: 'search__results' });
  results.setAttribute('aria-label', say(WORDS.search_results));
  const keys = el('p', { id: 'search-keys', className: 'search__keys', textContent: say(WORDS.search_keys) });
  const dialog = el('dialog', { className: 'search' }, title, form, filters, status, results, keys);
  dialog.setAttribute('aria-labelledby', 'search-title');
  return { dialog, form, input, close, kind, year, filters, status, results };
}

async function fillFilters(pagefind, ui) {
  const available = await pagefind.filters();
  const kinds = Object.keys(available.kind ?? {}).sort((a, b) => rank(a) - rank(b));
  const years = Object.keys(available.year ?? {}).sort().reverse();
  ui.kind.append(el('option', { value: '', textContent: say(WORDS.search_all_kinds) }), ...kinds.map((k) => el('option', { value: k, textContent: kindName(k) })));
  ui.year.append(el('option', { value: '', textContent: say(WORDS.search_all_years) }), ...years.map((y) => el('option', { value: y, textContent: y })));
  ui.filters.hidden = kinds.length < 2 && years.length < 2;
}

function kindName(kind) {
  return WORDS[`search_kind_${kind.toLowerCase()}`] ?? kind;
}

function rank(kind) {
  const i = KINDS.indexOf(kind);
  return i === -1 ? KINDS.length : i;
}

function showResults(ui, data, total, term) {
  const items = data.filter((d) => typeof d.url === 'string' && d.url.startsWith('/') && !d.url.startsWith('//'));
  ui.results.replaceChildren(...items.map(resultItem));
  if (!term && total === 0 && items.length === 0) ui.status.textContent = '';
  else if (total === 0) ui.status.textContent = term ? say(WORDS.search_no_results_for, { term }) : say(WORDS.search_no_results);
  else if (total > items.length) ui.status.textContent = say(WORDS.search_first_results, { count: total, shown: items.length });
  else ui.status.textContent = total === 1 ? say(WORDS.search_one_result) : say(WORDS.search_result_count, { count: total });
}

function resultItem(d) {
  const meta = [d.meta.kind && kindName(d.meta.kind), formatDate(d.meta.date)].filter(Boolean).join(' · ');
  const link = el('a', { className: 'search__link', href: d.url },
    el('span', { className: 'search__title', textContent: d.meta.title || d.url }),
    ...(meta ? [el('span', { className: 'search__meta', textContent: meta })] : []),
    el('span', { className: 'search__excerpt' }, ...excerptNodes(d.excerpt || '')));
  return el('li', { className: 'search__result' }, link);
}

// Pagefind's excerpt is text with <mark> around the matches; it is rebuilt as nodes, never inserted as HTML.
function excerptNodes(excerpt) {
  const parser = new DOMParser();
  return excerpt.split(/<mark>|<\/mark>/).map((part, i) => {
    const text = parser.parseFromString(part, 'text/html').body.textContent ?? '';
    return i % 2 === 1 ? el('mark', { textContent: text }) : document.createTextNode(text);
  });
}

function formatDate(date) {
  if (typeof date !== 'string') return '';
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = WORDS.short_months[Number(m) - 1] ?? m;
  return say(d ? WORDS.day_month_year : WORDS.short_month_year, { day: Number(d), month, year: y });
}

// Arrow keys step from the field through the result links and back; Home/End are left to the text field.
function moveFocus(event, ui) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  if (event.target instanceof HTMLSelectElement) return;
  const stops = [ui.input, ...ui.results.querySelectorAll('a')];
  const at = stops.indexOf(document.activeElement);
  if (at === -1 || stops.length === 1) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
  stops[next].focus();
}
