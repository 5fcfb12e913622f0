import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Where Pagefind's program is expected: the platform package's name, and the path when it is there. */
export interface PagefindBinary {
  /** `@pagefind/linux-x64` and so on: the npm package that carries the program for this machine. */
  packageName: string;
  path?: string;
}

/**
 * Finds Pagefind's program the way the pagefind package does (its `PAGEFIND_EXTENDED_BINARY_PATH` and
 * `PAGEFIND_BINARY_PATH` overrides, then the platform package), so that a missing one is reported plainly
 * before Pagefind's service fails to start and prints its own stack traces.
 */
export function pagefindBinary(env: NodeJS.ProcessEnv = process.env): PagefindBinary {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const packageName = `@pagefind/${platform}-${env.npm_config_arch || process.arch}`;
  for (const name of ['pagefind_extended', 'pagefind']) {
    const override = env[`${name.toUpperCase()}_BINARY_PATH`];
    if (override) return existsSync(override) ? { packageName, path: override } : { packageName };
  }
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return { packageName, path: require.resolve(`${packageName}/bin/${name}${platform === 'windows' ? '.exe' : ''}`) };
    } catch {
      // not this one; try the next name
    }
  }
  return { packageName };
}
