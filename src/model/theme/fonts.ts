import type { FontStack } from '../../validate/schemas/theme.js';

// Chinese, Japanese and Korean glyphs come from whichever system font has them; Latin fonts rarely do.
const CJK_SANS = ['"PingFang SC"', '"Hiragino Sans GB"', '"Microsoft YaHei"', '"Noto Sans CJK SC"', '"Source Han Sans SC"',
  '"Hiragino Sans"', '"Yu Gothic"', '"Apple SD Gothic Neo"', '"Malgun Gothic"'];
const CJK_SERIF = ['"Songti SC"', '"STSong"', '"SimSun"', '"Noto Serif CJK SC"', '"Source Han Serif SC"', '"Hiragino Mincho ProN"',
  '"Yu Mincho"', '"Noto Serif CJK KR"'];
const EMOJI = ['"Apple Color Emoji"', '"Segoe UI Emoji"', '"Noto Color Emoji"'];

const STACKS: Record<FontStack, string[]> = {
  sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', '"Noto Sans"', ...CJK_SANS, 'sans-serif'],
  serif: ['"Iowan Old Style"', '"Palatino Linotype"', 'Palatino', '"Source Serif 4"', '"Noto Serif"', 'Georgia', ...CJK_SERIF, 'serif'],
  humanist: ['Seravek', '"Gill Sans Nova"', 'Ubuntu', 'Calibri', '"DejaVu Sans"', '"Noto Sans"', ...CJK_SANS, 'sans-serif'],
  mono: ['ui-monospace', '"SF Mono"', '"Cascadia Mono"', '"JetBrains Mono"', 'Menlo', 'Consolas', ...CJK_SANS, 'monospace'],
};

/**
 * A CSS font-family value: a named stack, or the owner's families followed by the fallbacks of the stack
 * they are closest to (serif when the first family's name says so, else sans), CJK and emoji included.
 */
export function fontStack(font: FontStack | readonly string[]): string {
  if (typeof font === 'string') return [...STACKS[font], ...EMOJI].join(', ');
  const serif = /serif|mincho|song|ming|garamond|times|georgia|palatino/i.test(font[0] ?? '') && !/sans/i.test(font[0] ?? '');
  const fallback = STACKS[serif ? 'serif' : 'sans'];
  return [...font.map((family) => `"${family}"`), ...fallback.filter((f) => !font.includes(f.replace(/"/g, ''))), ...EMOJI].join(', ');
}
