// Vita site search, first part: on every page of a site with search. It only wires the header button and the
// `/` and Ctrl/Cmd-K keys; the dialog's script, its stylesheet and the index load when the dialog first opens.
(() => {
  const button = document.querySelector('[data-search-dialog]');
  if (!button) return;
  let dialog;
  const open = () => {
    const opener = document.activeElement;
    dialog ??= import(button.dataset.searchDialog).then((m) => m.searchDialog(button.dataset.searchBase, button.dataset.searchCss));
    dialog.then((d) => d.open(opener), () => { dialog = undefined; });
  };
  // `/` must not be taken from someone typing in a field.
  const typing = (el) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  button.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
    if (!k && !slash) return;
    if (document.querySelector('dialog.search[open]')) return;
    event.preventDefault();
    open();
  });
  button.hidden = false;
})();
