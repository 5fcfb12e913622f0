import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../cli/command.js';
import { endpointsFrom, type SourceContext } from './context.js';
import { DEFAULT_HTTP_OPTIONS, HttpClient } from './http.js';
import { contactEmail } from './site-publications.js';

const VERSION = '0.1.0';

/** The client every command uses: documented endpoints, the owner's address in the User-Agent, the given timeout. */
export function sourceContext(root: string, timeoutSeconds: string | undefined, env: NodeJS.ProcessEnv = process.env): SourceContext {
  const timeout = timeoutSeconds === undefined ? DEFAULT_HTTP_OPTIONS.timeoutMs / 1000 : Number(timeoutSeconds);
  if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError(`--timeout must be a number of seconds, not "${timeoutSeconds}"`);
  const mailto = contactEmail(root);
  // Crossref, OpenAlex and Semantic Scholar ask for a way to reach whoever runs a client.
  const userAgent = `Vita/${VERSION} (academic homepage generator${mailto ? `; mailto:${mailto}` : ''})`;
  return {
    http: new HttpClient({ ...DEFAULT_HTTP_OPTIONS, timeoutMs: timeout * 1000, userAgent }, env),
    endpoints: endpointsFrom(env),
    ...(mailto ? { mailto } : {}),
    ...(env.SEMANTIC_SCHOLAR_API_KEY ? { semanticScholarKey: env.SEMANTIC_SCHOLAR_API_KEY } : {}),
  };
}

/** True when `path` (relative to `cwd`) is a folder holding site.yml. */
export function isSiteFolder(cwd: string, path: string): boolean {
  const dir = resolve(cwd, path);
  return existsSync(join(dir, 'site.yml')) && statSync(dir).isDirectory();
}
