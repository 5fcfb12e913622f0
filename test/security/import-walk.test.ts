// Promise 1 for the importer: links and special files in the repository being imported are never
// followed, read or copied; each is a report line; nothing blocks. With --force, links already in the
// destination are replaced, never written through.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { attackSite, vita } from './harness.js';

// A tiny academicpages repository beside the secret.
function oldSite(): { work: string; src: string; secret: string } {
  const { work, secret } = attackSite();
  const src = join(work, 'old');
  for (const [path, text] of Object.entries({
    '_config.yml': 'title: Old\nurl: https://old.example\nauthor:\n  name: Ada\n',
    '_pages/about.md': '---\npermalink: /\ntitle: About\n---\n\nHello.\n',
    'images/ok.png': 'png',
  })) {
    mkdirSync(join(src, path, '..'), { recursive: true });
    writeFileSync(join(src, path), text);
  }
  return { work, src, secret };
}

test('links to files and folders outside, dangling links, loops and FIFOs are skipped with a report line each', async () => {
  const { work, src, secret } = oldSite();
  symlinkSync('/etc/passwd', join(src, 'images/passwd'));
  symlinkSync(secret, join(src, 'files'));
  symlinkSync('..', join(src, 'images/loop'));
  symlinkSync('nowhere', join(src, 'images/dangling.png'));
  symlinkSync(join(secret, 'passwords.txt'), join(src, '_pages/stolen.md'));
  execFileSync('mkfifo', [join(src, 'images/pipe.png'), join(src, 'images/esc\u001b[2J.png')]);
  const dest = join(work, 'new');
  const r = await vita(['import', 'academicpages', src, dest], work, work);
  assert.equal(r.code, 0, r.stderr);
  const skipped = r.stdout.split('\n').filter((l) => /symbolic link|ordinary file/.test(l));
  assert.ok(!r.stdout.includes('\u001b'), 'no escape character reaches the terminal');
  assert.deepEqual(skipped, [
    '- _pages/stolen.md: a symbolic link: not followed (copy the file itself into the new site if it belongs there)',
    '- files: a symbolic link: not followed (copy the file itself into the new site if it belongs there)',
    '- images/dangling.png: a symbolic link: not followed (copy the file itself into the new site if it belongs there)',
    '- images/esc<U+001B>[2J.png: not an ordinary file (a named pipe, socket or device): skipped',
    '- images/loop: a symbolic link: not followed (copy the file itself into the new site if it belongs there)',
    '- images/passwd: a symbolic link: not followed (copy the file itself into the new site if it belongs there)',
    '- images/pipe.png: not an ordinary file (a named pipe, socket or device): skipped',
  ]);
  assert.equal(readFileSync(join(dest, 'static/images/ok.png'), 'utf8'), 'png');
  for (const gone of ['static/images/passwd', 'static/files', 'pages/stolen.md', 'static/images/pipe.png', 'static/images/loop']) {
    assert.ok(!existsSync(join(dest, gone)), gone);
  }
  assert.ok(!readFileSync(join(dest, 'IMPORT-REPORT.md'), 'utf8').includes('hunter2'));
});

test('a _config.yml that is a link to a file outside is refused, not read', async () => {
  const { work, src, secret } = oldSite();
  execFileSync('rm', [join(src, '_config.yml')]);
  writeFileSync(join(secret, 'config.yml'), 'title: Secret\n');
  symlinkSync(join(secret, 'config.yml'), join(src, '_config.yml'));
  const r = await vita(['import', 'academicpages', src, join(work, 'new')], work, work);
  assert.equal(r.stderr, [
    '_config.yml error _config.yml is a symbolic link or not an ordinary file; the importer does not follow links. [import-config-not-a-file]',
    '  hint: Replace the link with the file itself and import again.',
    '',
    '1 error\n',
  ].join('\n'));
  assert.equal(r.code, 1);
});

test('import --force replaces links planted in the destination instead of writing through them', async () => {
  const { work, src, secret } = oldSite();
  const dest = join(work, 'new');
  mkdirSync(join(dest, 'static/images'), { recursive: true });
  symlinkSync(join(secret, 'passwords.txt'), join(dest, 'site.yml'));
  symlinkSync(join(secret, 'passwords.txt'), join(dest, 'static/images/ok.png'));
  const r = await vita(['import', 'academicpages', src, dest, '--force', '--quiet'], work, work);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readFileSync(join(secret, 'passwords.txt'), 'utf8'), 'hunter2\n');
  assert.ok(lstatSync(join(dest, 'site.yml')).isFile());
  assert.equal(readFileSync(join(dest, 'static/images/ok.png'), 'utf8'), 'png');
});
