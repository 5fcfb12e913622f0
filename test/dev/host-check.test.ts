import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowedHosts, isAllowedHost } from '../../src/dev/host-check.js';

test('only names of this machine pass the Host check', () => {
  const hosts = allowedHosts('127.0.0.1');
  const ok = ['localhost', 'localhost:4000', 'LocalHost:4000', 'localhost.', '127.0.0.1', '127.0.0.1:4001', '[::1]', '[::1]:4000'];
  const refused = [undefined, '', 'evil.example', 'evil.example:4000', 'localhost.evil.example', '127.0.0.1.nip.io', '[::1', '[::1]x',
    '[::2]:4000', 'localhost:port', 'user@localhost', 'localhost/x', '0.0.0.0:4000', '10.0.0.5'];
  assert.deepEqual(ok.filter((h) => !isAllowedHost(h, hosts)), []);
  assert.deepEqual(refused.filter((h) => isAllowedHost(h, hosts)), []);
});

test('the --host value is allowed too', () => {
  assert.equal(isAllowedHost('mybox.local:4000', allowedHosts('mybox.local')), true);
  assert.equal(isAllowedHost('[fe80::1]:4000', allowedHosts('fe80::1')), true);
  assert.equal(isAllowedHost('mybox.local:4000', allowedHosts('127.0.0.1')), false);
  const all = allowedHosts('0.0.0.0');
  assert.equal(all.has('127.0.0.1') && all.has('0.0.0.0'), true);
});
