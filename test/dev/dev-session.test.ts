import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startDev, type DevSession } from '../../src/dev/dev-session.js';
import { EventReader, rawGet } from './http-helpers.js';

const FILES: Record<string, string> = {
  'site.yml': 'title: Test Site\nurl: https://example.org\nauthor:\n  name: Ada Tester\n',
  'pages/index.md': '---\ntitle: Home\n---\nHello home.\n\n::news\n',
  'pages/about.md': '---\ntitle: About\n---\nAbout v1.\n',
  'pages/wip.md': '---\ntitle: Work in progress\ndraft: true\n---\nNot yet.\n',
  'data/news.yml': '- date: 2025-05\n  text: First news\n',
  'static/css/custom.css': 'body { color: red }\n',
};

describe('vita dev session', { timeout: 30_000 }, () => {
  let dir: string;
  let dev: DevSession;
  let port: number;
  let events: EventReader;
  const logs: string[] = [];
  const reports: string[] = [];

  // Saves like many editors do: write a temporary file, then rename it over the original.
  function save(path: string, text: string): void {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target + '.tmp~', text);
    renameSync(target + '.tmp~', target);
  }
  const page = async (url: string): Promise<string> => (await rawGet(port, url)).body;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vita-dev-'));
    for (const [path, text] of Object.entries(FILES)) save(path, text);
    const started = await startDev({
      root: dir, cwd: dir, host: '127.0.0.1', port: 0, color: false,
      log: (line) => logs.push(line), report: (text) => reports.push(text),
    });
    assert.ok(started.ok);
    dev = started.session;
    port = dev.server.port;
    events = await EventReader.open(port);
    await events.next('hello');
  });

  after(async () => {
    events?.close();
    await dev?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('serves the first build, drafts included, with the client script', async () => {
    assert.match(await page('/about/'), /About v1\..*<script type="module" src="\/__vita\/client\.js"><\/script><\/body>/s);
    assert.equal((await rawGet(port, '/wip/')).status, 200);
    assert.equal(await page('/css/custom.css'), 'body { color: red }\n');
    assert.ok(!readFileSync(join(dev.outDir, 'about/index.html'), 'utf8').includes('__vita'), 'the script is added when serving, never written');
    assert.ok(!dev.outDir.startsWith(dir), 'the preview is not written into the site');
  });

  test('editing one page re-renders only it and reloads', async () => {
    logs.length = 0;
    save('pages/about.md', '---\ntitle: About\n---\nAbout v2.\n');
    assert.deepEqual(await events.next('reload'), { event: 'reload', data: '["/about/"]' });
    assert.match(await page('/about/'), /About v2\./);
    await dev.idle();
    assert.match(logs.join('\n'), /: 1 page rendered, 1 file updated$/);
  });

  test('editing shared data re-renders the pages that show it', async () => {
    logs.length = 0;
    save('data/news.yml', '- date: 2025-06\n  text: Second news\n');
    assert.deepEqual(await events.next('reload'), { event: 'reload', data: '["/"]' });
    assert.match(await page('/'), /Second news/);
    await dev.idle();
    assert.match(logs.join('\n'), /: 1 page rendered, 1 file updated$/);
  });

  test('a stylesheet change swaps CSS without a reload', async () => {
    save('static/css/custom.css', 'body { color: blue }\n');
    assert.deepEqual(await events.next('css'), { event: 'css', data: '["/css/custom.css"]' });
    assert.equal(await page('/css/custom.css'), 'body { color: blue }\n');
    assert.deepEqual(events.names().filter((n) => n === 'reload'), []);
  });

  test('an error shows the overlay, keeps the last good page, and clears when fixed', async () => {
    reports.length = 0;
    save('pages/about.md', '---\ntitle: About\n---\nAbout v3.\n\n::nosuch{x="<b>"}\n');
    const error = await events.next('error');
    assert.match(error.data, /<b class="loc">pages\/about\.md:6:1<\/b> Unknown directive &quot;::nosuch&quot;\. <span class="rule">\[unknown-directive\]<\/span>/);
    assert.match(error.data, /&gt; 6 \| ::nosuch\{x=&quot;&lt;b&gt;&quot;\}\n {4}\| \^/);
    assert.ok(!error.data.includes('"<b>"'), 'the code frame is escaped');
    assert.match(await page('/about/'), /About v2\./);
    await dev.idle();
    assert.match(reports.join(''), /^pages\/about\.md:6:1 error Unknown directive "::nosuch"\. \[unknown-directive\]$/m);

    const late = await EventReader.open(port);
    try {
      await late.next('hello');
      assert.equal((await late.next('error')).data, error.data, 'a tab opened now sees the overlay at once');
    } finally {
      late.close();
    }

    save('pages/about.md', '---\ntitle: About\n---\nAbout v4.\n');
    await events.next('clear');
    assert.deepEqual(await events.next('reload'), { event: 'reload', data: '["/about/"]' });
    assert.match(await page('/about/'), /About v4\./);
  });

  test('site.yml changes re-render every page; deleted pages disappear', async () => {
    logs.length = 0;
    save('site.yml', FILES['site.yml']!.replace('Test Site', 'Renamed Site'));
    assert.deepEqual(await events.next('reload'), { event: 'reload', data: '["/","/404.html","/about/","/wip/"]' });
    assert.match(await page('/about/'), /Renamed Site/);
    rmSync(join(dir, 'pages/wip.md'));
    assert.deepEqual(await events.next('reload'), { event: 'reload', data: '["/sitemap.xml","/wip/"]' });
    assert.equal((await rawGet(port, '/wip/')).status, 404);
  });
});

describe('vita dev on a site that starts broken', { timeout: 30_000 }, () => {
  test('serves a waiting page with the script, shows the error, then reloads into the site when fixed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vita-dev-broken-'));
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'site.yml'), 'title: Broken\nurl: https://example.org\nauthor:\n  name: Ada Tester\n');
    writeFileSync(join(dir, 'pages/index.md'), '---\ntitle: Home\n---\nHello.\n\n::newz\n');
    const started = await startDev({ root: dir, cwd: dir, host: '127.0.0.1', port: 0, color: false, log: () => {}, report: () => {} });
    assert.ok(started.ok);
    const dev = started.session;
    const events = await EventReader.open(dev.server.port);
    try {
      assert.match((await events.next('error')).data, /<b class="loc">pages\/index\.md:6:1<\/b> Unknown directive &quot;::newz&quot;\./);
      const waiting = await rawGet(dev.server.port, '/');
      assert.equal(waiting.status, 503);
      assert.match(waiting.body, /The site has not been built yet.*<script type="module" src="\/__vita\/client\.js"><\/script><\/body>/s);
      writeFileSync(join(dir, 'pages/index.md'), '---\ntitle: Home\n---\nHello.\n\n::news\n');
      await events.next('clear');
      const reload = await events.next('reload');
      assert.ok((JSON.parse(reload.data) as string[]).includes('/'), reload.data);
      assert.equal((await rawGet(dev.server.port, '/')).status, 200);
    } finally {
      events.close();
      await dev.close();
      rmSync(dir, { recursive: true, force: true });
    }
    assert.equal(existsSync(dev.outDir), false, 'the temporary preview folder is removed on close');
  });
});
