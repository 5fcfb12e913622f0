import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import type { SourceText } from '../../load/source-text.js';
import { positionOf, type PathSegment, type YamlFile } from '../../load/yaml.js';
import { COMPONENTS, SNIPPET_PLACES, type ComponentName, type SnippetPlace, type ThemeRecord } from '../../validate/schemas/theme.js';
import type { Theme, ThemeFile } from '../types.js';
import { AA, accentVariables, derivedDarkAccent, nearestAccent, worstContrast, type Scheme } from './accent.js';
import { parseHex, toHex } from './colour.js';
import { fontStack } from './fonts.js';
import { DEFAULT_PALETTE, PRESET_SETTINGS, type Palette } from './presets.js';

/** Resolves site.yml's `theme:` against its preset, checks the accent's contrast and finds the files it names. */
export function buildTheme(record: ThemeRecord, site: YamlFile, files: ReadonlyMap<string, SourceText>, bag: DiagnosticBag): Theme {
  const preset = PRESET_SETTINGS[record.preset ?? 'classic'];
  const palette = preset.palette ?? DEFAULT_PALETTE;
  const find = (path: PathSegment[], extension: string) => themeFile(site, files, bag, path, extension);
  const given = (site.value as { theme: { css?: unknown } }).theme;
  const cssPaths = Array.isArray(given.css) ? given.css.map((_, i) => ['theme', 'css', i]) : given.css !== undefined ? [['theme', 'css']] : [];
  const css = cssPaths.map((path) => find(path, '.css'));
  const html: Partial<Record<SnippetPlace, string>> = {};
  for (const place of SNIPPET_PLACES) {
    const found = record.html?.[place] !== undefined ? find(['theme', 'html', place], '.html') : undefined;
    if (found) html[place] = found.text;
  }
  const components: Partial<Record<ComponentName, ThemeFile>> = {};
  for (const name of COMPONENTS) {
    const found = record.components?.[name] !== undefined ? find(['theme', 'components', name], '.liquid') : undefined;
    if (found) components[name] = found;
  }
  return {
    preset: record.preset ?? 'classic',
    colours: colours(record, site, palette, record.accent !== undefined || (record.preset ?? 'classic') !== 'classic', bag),
    font: fontStack(record.font ?? preset.font),
    headingFont: fontStack(record.heading_font ?? record.font ?? preset.headingFont),
    width: record.width ?? preset.width,
    profile: record.profile ?? preset.profile,
    radius: record.radius ?? preset.radius,
    density: record.density ?? preset.density,
    css: css.filter((f): f is ThemeFile => f !== undefined),
    html,
    components,
  };
}

// The custom properties to override: the preset's palette and the accent's family of colours.
function colours(record: ThemeRecord, site: YamlFile, palette: { light: Palette; dark: Palette }, changed: boolean, bag: DiagnosticBag): Theme['colours'] {
  if (!changed) return { light: {}, dark: {} };
  const preset = PRESET_SETTINGS[record.preset ?? 'classic'];
  const given = typeof record.accent === 'string' ? { light: record.accent } : record.accent;
  const light = given ? checkedAccent(normalise(given.light), 'light', palette.light, site, bag) : preset.accent.light;
  const dark = given?.dark ? checkedAccent(normalise(given.dark), 'dark', palette.dark, site, bag)
    : given ? derivedDarkAccent(light, palette.dark) : preset.accent.dark;
  const withPalette = (p: Palette) => (palette === DEFAULT_PALETTE ? {} : { ...p });
  return {
    light: { ...withPalette(palette.light), ...accentVariables(light, 'light', palette.light) },
    dark: { ...withPalette(palette.dark), ...accentVariables(dark, 'dark', palette.dark) },
  };
}

function normalise(hex: string): string {
  return toHex(parseHex(hex));
}

// An accent the reader cannot read is an error: links and the current page in the menu are drawn in it.
function checkedAccent(accent: string, scheme: Scheme, palette: Palette, site: YamlFile, bag: DiagnosticBag): string {
  const worst = worstContrast(accent, scheme, palette);
  if (worst.ratio >= AA) return accent;
  const path = typeof (site.value as { theme: { accent: unknown } }).theme.accent === 'string' ? ['theme', 'accent'] : ['theme', 'accent', scheme];
  const nearest = nearestAccent(accent, scheme, palette);
  const fix = nearest ? `The nearest colour that passes is "${nearest}" (${worstContrast(nearest, scheme, palette).ratio.toFixed(2)}:1); use it, or pick a ${scheme === 'light' ? 'darker' : 'lighter'} colour.`
    : `Pick a ${scheme === 'light' ? 'darker' : 'lighter'} colour.`;
  bag.error('low-contrast-accent', site.source.file, positionOf(site, path),
    `The accent colour ${accent} is too ${scheme === 'light' ? 'light' : 'dark'} to read on the ${scheme} background: its contrast with ${worst.against.colour} (${worst.against.name}) is ${worst.ratio.toFixed(2)}:1, and WCAG AA needs ${AA}:1.`,
    `Links and the current menu item are drawn in the accent colour. ${fix}`);
  return nearest ?? accent;
}

// A file of theme/ named in site.yml; a missing one, or one outside theme/, is reported at the setting.
function themeFile(site: YamlFile, files: ReadonlyMap<string, SourceText>, bag: DiagnosticBag, path: PathSegment[], extension: string): ThemeFile | undefined {
  const raw = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], site.value) as string;
  const file = raw.replace(/^\.\//, '');
  const where = positionOf(site, path);
  if (!file.startsWith('theme/') || file.split('/').some((s) => s === '..' || s === '')) {
    bag.error('bad-theme-path', site.source.file, where, `"${raw}" is not a file in the site's theme/ folder.`,
      `Vita reads the theme's own files only from theme/; write the path from the site folder, e.g. "theme/${file.split('/').pop()}".`);
    return undefined;
  }
  if (!file.toLowerCase().endsWith(extension)) {
    bag.error('bad-theme-path', site.source.file, where, `"${raw}" should be a ${extension} file.`, `Name the file …${extension}.`);
    return undefined;
  }
  const source = files.get(file);
  if (!source) {
    bag.error('missing-theme-file', site.source.file, where, `The file ${file} does not exist.`,
      `Create ${file} in the site folder, or remove this line.`);
    return undefined;
  }
  return { file, text: source.text };
}
