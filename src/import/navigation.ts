/** `_data/navigation.yml` `main:` → site.yml `navigation` (commented-out entries stay out, and are listed). */
import { isRecord, str } from './config.js';
import type { Report } from './report.js';

/** Navigation items from the file's parsed value and its text (for the commented-out entries). */
export function mapNavigation(parsed: unknown, text: string, report: Report): { title: string; url: string }[] {
  const file = '_data/navigation.yml';
  const main = isRecord(parsed) && Array.isArray(parsed.main) ? parsed.main : [];
  const items: { title: string; url: string }[] = [];
  for (const entry of main) {
    const title = isRecord(entry) ? str(entry.title) : undefined;
    const url = isRecord(entry) ? str(entry.url) : undefined;
    if (title && url) items.push({ title, url });
    else report.add('not-carried', `navigation entry without title or url: ${JSON.stringify(entry)}`, file);
  }
  for (const [i, line] of text.split('\n').entries()) {
    const m = /^\s*#\s*-\s*title\s*:\s*["']?(.*?)["']?\s*$/.exec(line);
    if (m) report.add('not-carried', `commented-out navigation entry "${m[1]}" left out`, file, i + 1);
  }
  return items;
}
