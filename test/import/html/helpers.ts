import { makeDoc } from '../../../src/import/edits.js';
import { convertHtmlBlocks, type HtmlData } from '../../../src/import/html/blocks.js';
import { formatLine, Report } from '../../../src/import/report.js';

/** Runs the HTML stage on a body; returns the new text, the data and the report lines. */
export function runBlocks(body: string): { text: string; data: HtmlData; lines: string[] } {
  const report = new Report();
  const data: HtmlData = { news: [], experience: [], education: [], publications: [], honors: [], owners: [] };
  const doc = convertHtmlBlocks(makeDoc(body, 1), 'p.md', report, data);
  return { text: doc.text, data, lines: report.lines.map(formatLine) };
}
