/** The proxy a request to `url` goes through, from HTTPS_PROXY / HTTP_PROXY and NO_PROXY (either case), if any. */
export function proxyFor(url: string, env: NodeJS.ProcessEnv): string | undefined {
  const target = new URL(url);
  const read = (name: string) => env[name.toLowerCase()] || env[name.toUpperCase()] || undefined;
  const proxy = target.protocol === 'https:' ? read('https_proxy') ?? read('http_proxy') : read('http_proxy');
  if (!proxy || bypassed(target, read('no_proxy') ?? '')) return undefined;
  return proxy;
}

// NO_PROXY as curl reads it: `*`, or host names that match the host itself or any subdomain, optionally with :port.
function bypassed(target: URL, noProxy: string): boolean {
  const host = target.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  return noProxy.split(/[\s,]+/).filter(Boolean).some((entry) => {
    if (entry === '*') return true;
    const m = /^(.*?)(?::(\d+))?$/.exec(entry.toLowerCase())!;
    const name = m[1]!.replace(/^\*?\./, '').replace(/^\[|\]$/g, '');
    if (m[2] && m[2] !== port) return false;
    return host === name || host.endsWith(`.${name}`);
  });
}
