// Vita: progressive enhancement only. Without this file every page is fully readable.
(() => {
  const doc = document;
  const root = doc.documentElement;
  const system = matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset.theme || (system.matches ? 'dark' : 'light')) === 'dark';

  // Theme toggle: the button ships `hidden` because it needs this script.
  for (const button of doc.querySelectorAll('[data-theme-toggle]')) {
    const sync = () => button.setAttribute('aria-pressed', String(isDark()));
    button.addEventListener('click', () => {
      const theme = isDark() ? 'light' : 'dark';
      root.dataset.theme = theme;
      try { localStorage.setItem('vita-theme', theme); } catch {}
      sync();
    });
    system.addEventListener('change', sync);
    sync();
    button.hidden = false;
  }

  // Copy buttons: <button data-copy-target="id" hidden> copies the text of #id and says so politely.
  let status;
  for (const button of doc.querySelectorAll('[data-copy-target]')) {
    button.addEventListener('click', async () => {
      const source = doc.getElementById(button.dataset.copyTarget);
      if (!source) return;
      if (!status) {
        status = doc.createElement('p');
        status.className = 'sr-only';
        status.setAttribute('aria-live', 'polite');
        doc.body.append(status);
      }
      let ok = true;
      try { await navigator.clipboard.writeText(source.textContent.trim()); } catch { ok = false; }
      // A page in another language gives its own words on the button.
      const said = ok ? button.dataset.copiedText || 'Copied to clipboard' : button.dataset.copyFailedText || 'Copy failed';
      status.textContent = said;
      button.dataset.copied = String(ok);
      setTimeout(() => { delete button.dataset.copied; status.textContent = ''; }, 2000);
    });
    button.hidden = false;
  }
})();
