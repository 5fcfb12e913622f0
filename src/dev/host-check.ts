import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

/**
 * Decides which Host headers the dev server answers. A web page on another domain can make the
 * browser talk to 127.0.0.1 by re-pointing its own name there (DNS rebinding); the Host header still
 * carries that foreign name, so only names that mean "this machine" are accepted.
 */
export function allowedHosts(bindHost: string): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '[::1]']);
  names.add(hostKey(bindHost));
  // Binding every interface is how a phone on the LAN views the preview; it asks by IP address.
  if (bindHost === '0.0.0.0' || bindHost === '::') {
    for (const list of Object.values(networkInterfaces())) {
      for (const nic of list ?? []) names.add(hostKey(nic.address));
    }
  }
  return names;
}

/** Whether a request's Host header (`name[:port]`) names one of the allowed hosts. */
export function isAllowedHost(hostHeader: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (hostHeader === undefined) return false;
  const name = hostName(hostHeader.trim().toLowerCase());
  if (name === undefined) return false;
  return allowed.has(name) || allowed.has(name.replace(/\.$/, ''));
}

// `[::1]:4000` → `[::1]`, `localhost:4000` → `localhost`; anything else malformed → undefined.
function hostName(header: string): string | undefined {
  if (header.startsWith('[')) {
    const close = header.indexOf(']');
    if (close < 0) return undefined;
    const rest = header.slice(close + 1);
    if (rest !== '' && !/^:\d{1,5}$/.test(rest)) return undefined;
    return header.slice(0, close + 1);
  }
  const m = /^([^:\s/@]+)(?::\d{1,5})?$/.exec(header);
  return m ? m[1] : undefined;
}

// IPv6 literals appear bracketed in Host headers.
function hostKey(host: string): string {
  const h = host.toLowerCase();
  return isIP(h) === 6 ? `[${h}]` : h;
}
