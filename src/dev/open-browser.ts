import { spawn } from 'node:child_process';

/** Opens `url` in the default browser (only when the user passed --open); failures are reported, not thrown. */
export function openBrowser(url: string, onError: (message: string) => void): void {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] :
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] :
    ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', (e) => onError(`could not open a browser (${cmd}: ${e.message}); open ${url} yourself.`));
    child.unref();
  } catch (e) {
    onError(`could not open a browser (${(e as Error).message}); open ${url} yourself.`);
  }
}
