/** The owner's other names, found in the pages: a native-script name in the home title, underlined variants. */
import type { OutputPage } from './pages.js';
import type { Report } from './report.js';

const SCRIPTS = ['Han', 'Hangul', 'Hiragana', 'Katakana', 'Cyrillic', 'Arabic', 'Greek'];
// "Ann Lee (李安)": a name in another script, in brackets.
const NATIVE = new RegExp(`\\(([${SCRIPTS.map((s) => `\\p{Script=${s}}`).join('')}]+)\\)`, 'u');

/** Adds `native_name` and `name_variants` to `author` (`owners`: names marked as the owner's in author lists). */
export function addOwnerNames(author: Record<string, unknown>, pages: readonly OutputPage[], owners: readonly string[],
  report: Report): void {
  const home = pages.find((p) => p.path === 'pages/index.md');
  const native = NATIVE.exec(String(home?.frontMatter.title ?? ''));
  if (native && !author.native_name) {
    author.native_name = native[1];
    const what = `native-script name "${native[1]}" from the home page title → author.native_name`;
    report.add('converted', what, 'site.yml');
  }
  const variants = owners.filter((o) => o !== author.name);
  if (variants.length) {
    author.name_variants = variants;
    const what = `name(s) underlined in author lists added to author.name_variants: ${variants.join(', ')}`;
    report.add('converted', what, 'site.yml');
  }
}
