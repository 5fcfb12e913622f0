import type { FontStack, PresetName, ProfilePlacement } from '../../validate/schemas/theme.js';

/** The colours a preset may change, as values of theme/vita.css's custom properties (`--bg` …). */
export interface Palette {
  bg: string;
  surface: string;
  'surface-2': string;
  border: string;
  text: string;
  muted: string;
}

/** What a preset decides; every setting in site.yml's `theme:` overrides the preset's. */
export interface Preset {
  accent: { light: string; dark: string };
  /** Absent: Vita's own palette (theme/vita.css). */
  palette?: { light: Palette; dark: Palette };
  font: FontStack;
  headingFont: FontStack;
  width: 'narrow' | 'normal' | 'wide';
  profile: ProfilePlacement;
  radius: 'none' | 'small' | 'medium' | 'large';
  density: 'compact' | 'normal' | 'relaxed';
}

/** Vita's own backgrounds and text colours (theme/vita.css); the presets without a palette use them. */
export const DEFAULT_PALETTE: { light: Palette; dark: Palette } = {
  light: { bg: '#fbfbf9', surface: '#ffffff', 'surface-2': '#f2f3f0', border: '#e1e3de', text: '#1c2026', muted: '#545b66' },
  dark: { bg: '#15171b', surface: '#1c1f25', 'surface-2': '#23272e', border: '#2e333b', text: '#e7e9ec', muted: '#a4abb6' },
};

/** The named looks. Every text colour here reaches WCAG AA on every background of its palette (tested). */
export const PRESET_SETTINGS: Record<PresetName, Preset> = {
  classic: {
    accent: { light: '#1a5aa6', dark: '#8ab8ff' },
    font: 'sans', headingFont: 'sans', width: 'normal', profile: 'left', radius: 'medium', density: 'normal',
  },
  scholar: {
    accent: { light: '#8a1c2b', dark: '#f2a7b1' },
    palette: {
      light: { bg: '#fbf8f2', surface: '#fffdf9', 'surface-2': '#f2ede3', border: '#e2dacb', text: '#221f1a', muted: '#5c554a' },
      dark: { bg: '#171512', surface: '#1f1c18', 'surface-2': '#28241f', border: '#3b352d', text: '#ece6db', muted: '#b3aa9b' },
    },
    font: 'serif', headingFont: 'serif', width: 'narrow', profile: 'left', radius: 'small', density: 'normal',
  },
  modern: {
    accent: { light: '#0b6e66', dark: '#5fd8c8' },
    palette: {
      light: { bg: '#f6f8fa', surface: '#ffffff', 'surface-2': '#eef2f5', border: '#dde3e9', text: '#15202b', muted: '#4f5d6b' },
      dark: { bg: '#0f1419', surface: '#161d24', 'surface-2': '#1e2730', border: '#2b3641', text: '#e6edf3', muted: '#9fb0c0' },
    },
    font: 'humanist', headingFont: 'humanist', width: 'normal', profile: 'left', radius: 'large', density: 'relaxed',
  },
  compact: {
    accent: { light: '#4338ca', dark: '#a9b4ff' },
    font: 'sans', headingFont: 'sans', width: 'wide', profile: 'left', radius: 'small', density: 'compact',
  },
  minimal: {
    accent: { light: '#2f3a4a', dark: '#d3dbe6' },
    palette: {
      light: { bg: '#ffffff', surface: '#ffffff', 'surface-2': '#f3f4f6', border: '#e3e5e8', text: '#111318', muted: '#50565f' },
      dark: { bg: '#111214', surface: '#111214', 'surface-2': '#1c1e22', border: '#2c2f35', text: '#eceef1', muted: '#a2a8b1' },
    },
    font: 'sans', headingFont: 'sans', width: 'narrow', profile: 'top', radius: 'none', density: 'normal',
  },
};
