import { createHash } from 'node:crypto';

/**
 * Runs in <head> before first paint so a reader's saved choice applies without a flash of the other theme.
 * The text never varies, so one `script-src 'sha256-…'` (THEME_INIT_HASH) allows it under a strict CSP.
 */
export const THEME_INIT_SCRIPT =
  "try{var t=localStorage.getItem('vita-theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

/** The CSP source expression for THEME_INIT_SCRIPT. */
export const THEME_INIT_HASH = `'sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}'`;
