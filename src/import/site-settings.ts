/** `_config.yml` and the `_data/` files Jekyll's theme reads → the settings of site.yml. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { ByRole } from './classify.js';
import { isRecord, mapConfig, str } from './config.js';
import { mapNavigation } from './navigation.js';
import type { Report } from './report.js';
import { readText } from './source.js';
import { isSassColourFile, mapTheme } from './theme.js';
import { mapUiText } from './ui-text.js';
import { parseYaml11 } from './yaml11.js';

type Rec = Record<string, unknown>;

/** `_config.yml` read as Jekyll reads it, or undefined (with an error) when Jekyll would fail on it too. */
export function readConfig(src: string, report: Report, bag: DiagnosticBag): Rec | undefined {
  const twice = (d: { key: string; line: number }) => {
    const what = `key "${d.key}" is written twice: the last value is kept, as Jekyll did`;
    report.add('not-carried', what, '_config.yml', d.line);
  };
  try {
    const parsed = parseYaml11(readText(src, '_config.yml', report), twice);
    return isRecord(parsed) ? parsed : {};
  } catch (error) {
    const pos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    const why = String((error as Error).message).split('\n')[0];
    bag.error('import-config-yaml', '_config.yml', pos ?? { line: 1, col: 1 }, `_config.yml is not valid YAML: ${why}`,
      'Fix it (Jekyll would fail on it too) and import again.');
    return undefined;
  }
}

/** The site.yml record: config values, the theme's words and colours, and the navigation. */
export function siteSettings(src: string, config: Rec, byRole: ByRole, report: Report, bag: DiagnosticBag): Rec {
  const site = mapConfig(config, report);
  if (existsSync(join(src, '_data/ui-text.yml'))) {
    try {
      const uiText = parseYaml11(readText(src, '_data/ui-text.yml', report));
      const words = mapUiText(uiText, str(site.language) ?? 'en', report);
      if (Object.keys(words).length) site.ui_text = words;
    } catch {
      report.add('not-carried', 'ui-text.yml is not valid YAML: its words were left out', '_data/ui-text.yml');
    }
  }
  const colourFiles = byRole('machinery').filter(isSassColourFile).sort()
    .map((rel) => ({ rel, text: readText(src, rel, report) }));
  const theme = mapTheme(config.site_theme, colourFiles, report);
  if (theme) site.theme = theme;
  if (byRole('navigation').length) {
    const text = readText(src, '_data/navigation.yml', report);
    try {
      site.navigation = mapNavigation(parseYaml11(text), text, report);
    } catch (error) {
      bag.warn('import-navigation-yaml', '_data/navigation.yml', undefined,
        `navigation.yml is not valid YAML: ${String((error as Error).message).split('\n')[0]}`,
        'The navigation was left out; add it to site.yml by hand.');
    }
  }
  return site;
}
