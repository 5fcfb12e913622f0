import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startDev } from '../../src/dev/dev-session.js';
import { pdfText } from '../helpers/pdf.js';
import { rawGet } from './http-helpers.js';

const SITE_YML = 'title: Test\nurl: https://example.org\nauthor:\n  name: Ada Tester\ncv: { pdf: true }\n';

test('vita dev typesets /cv.pdf after the pages, and again when its data changes', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vita-dev-cv-'));
  const save = (path: string, text: string) => {
    writeFileSync(join(dir, path + '.tmp~'), text);
    renameSync(join(dir, path + '.tmp~'), join(dir, path));
  };
  save('site.yml', SITE_YML);
  const logs: string[] = [];
  const reports: string[] = [];
  const started = await startDev({ root: dir, cwd: dir, host: '127.0.0.1', port: 0, color: false, log: (l) => logs.push(l), report: (t) => reports.push(t) });
  assert.ok(started.ok);
  const dev = started.session;
  try {
    await dev.idle();
    assert.match(pdfText(readFileSync(join(dev.outDir, 'cv.pdf'))), /^Ada Tester\n/);
    assert.equal((await rawGet(dev.server.port, '/cv.pdf')).status, 200);

    save('site.yml', SITE_YML.replace('Ada Tester', 'Ada Lovelace'));
    // The watcher and the debounce take their time; the pages are rebuilt first, the PDF after them.
    const deadline = Date.now() + 20_000;
    while (!pdfText(readFileSync(join(dev.outDir, 'cv.pdf'))).startsWith('Ada Lovelace') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      await dev.idle();
    }
    assert.match(pdfText(readFileSync(join(dev.outDir, 'cv.pdf'))), /^Ada Lovelace\n/);
    assert.equal(logs.filter((l) => l === 'typeset cv.pdf').length, 2, logs.join('\n'));
    assert.deepEqual(reports, []);
  } finally {
    await dev.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
