// Vita search: wires the header button, `/` and Ctrl/Cmd-K; the dialog and index load on first open.
(() => {
  const doc = document;
  const button = doc.querySelector('[data-search-dialog]');
  if (!button) return;
  const { searchDialog: url, searchBase: base, searchCss: css } = button.dataset;
  let dialog;
  const open = () => {
    const from = doc.activeElement;
    dialog ??= import(url).then((m) => m.searchDialog(base, css));
    dialog.then((d) => d.open(from), () => { dialog = undefined; });
  };
  button.addEventListener('click', open);
  doc.addEventListener('keydown', (e) => {
    const t = e.target;
    const field = t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
    const key = e.key === '/' ? !field && !e.ctrlKey && !e.metaKey : (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
    if (!key || e.altKey || doc.querySelector('dialog.search[open]')) return;
    e.preventDefault();
    open();
  });
  button.hidden = false;
})();
