// Preloaded into a `vita build` child process by no-network.test.ts: every way Node can reach the network
// throws, and each attempt is recorded in the file named by VITA_TEST_NET_LOG, written at exit.
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { writeFileSync } from 'node:fs';

const attempts = [];
function refuse(name) {
  return function refused(...args) {
    const target = typeof args[0] === 'object' && args[0] !== null ? JSON.stringify(args[0], ['host', 'hostname', 'port', 'path', 'href']) : String(args[0]);
    attempts.push(`${name} ${target}`);
    throw new Error(`network access refused in this test: ${name}`);
  };
}
function patch(object, names, label) {
  for (const name of names) if (typeof object[name] === 'function') object[name] = refuse(`${label}.${name}`);
}

// A Unix socket or pipe path is not the network (tsx talks to its parent process that way): let it through.
function localOrRefuse(original, name) {
  const refused = refuse(name);
  return function connect(...args) {
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const isPath = (typeof first === 'string' && !/^\d+$/.test(first)) || (first !== null && typeof first === 'object' && typeof first.path === 'string');
    return isPath ? original.apply(this, args) : refused(...args);
  };
}

// Socket.connect underlies net.connect, http(s) agents, tls and undici's fetch; the wrappers are patched too
// so an attempt is named after what the code called.
net.Socket.prototype.connect = localOrRefuse(net.Socket.prototype.connect, 'net.Socket.connect');
net.connect = localOrRefuse(net.connect, 'net.connect');
net.createConnection = localOrRefuse(net.createConnection, 'net.createConnection');
patch(tls, ['connect'], 'tls');
patch(http, ['request', 'get'], 'http');
patch(https, ['request', 'get'], 'https');
patch(dns, ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse'], 'dns');
patch(dns.promises, ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'], 'dns.promises');
patch(dgram, ['createSocket'], 'dgram');
globalThis.fetch = refuse('fetch');
if (globalThis.WebSocket) globalThis.WebSocket = refuse('WebSocket');

process.on('exit', () => {
  writeFileSync(process.env.VITA_TEST_NET_LOG, JSON.stringify(attempts));
});
