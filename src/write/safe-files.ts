/**
 * The one way Vita opens files it copies and writes, so that no planted symbolic link can redirect a write
 * (or a copy's source) to a file elsewhere: the last path component is never followed (O_NOFOLLOW), a new
 * file is created exclusively (O_EXCL: an existing file or link there is an error, not a target), and a
 * copied file must be an ordinary file (a FIFO would block the build forever).
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const { O_RDONLY, O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK } = constants;
const CHUNK = 1 << 20;

// Errors of fd-based calls (a full disk in writeSync) carry no path; the message must name the file.
function named(error: unknown, path: string): unknown {
  if (error instanceof Error && (error as NodeJS.ErrnoException).code && !(error as NodeJS.ErrnoException).path) Object.assign(error, { path });
  return error;
}

/** An error shaped like Node's own file errors (with Vita's own codes), so the file-fault messages explain it. */
function fsError(code: string, syscall: string, path: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}, ${syscall} '${path}'`), { code, syscall, path });
}

/**
 * Opens `path` for reading without following a link at its end and without blocking on a FIFO;
 * refuses anything but an ordinary file.
 */
export function openRegularFile(path: string): number {
  const fd = openSync(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    throw fsError('ENOTREG', 'open', path, 'not an ordinary file');
  }
  return fd;
}

/** The bytes of an ordinary file, read as `openRegularFile` opens it. */
export function readRegularFile(path: string): Buffer {
  const fd = openRegularFile(path);
  try {
    const size = fstatSync(fd).size;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.max(CHUNK, size - total + 1));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

const NEW_FILE = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW;

// writeSync may write less than asked (a signal, a pipe); the rest is written until the first `length` bytes are.
function writeAll(fd: number, bytes: Uint8Array, length: number): void {
  for (let done = 0; done < length;) done += writeSync(fd, bytes, done, length - done);
}

/** Creates `path`, which must not exist yet (not even as a link), and writes `content` into it. */
export function writeNewFile(path: string, content: string | Uint8Array): void {
  const fd = openSync(path, NEW_FILE, 0o644);
  try {
    // A string goes to Node's C++ UTF-8 path (encoded and written there, partial writes included), not through
    // a Buffer per page: a thousand pages cost ~50 ms less CPU and garbage.
    if (typeof content === 'string') writeFileSync(fd, content);
    else writeAll(fd, content, content.length);
  } catch (error) {
    throw named(error, path);
  } finally {
    closeSync(fd);
  }
}

const PIECES_BUFFER = 1 << 18;

/**
 * Creates `path` like `writeNewFile` and writes the UTF-8 of `parts` in order, through one small buffer: a file
 * of tens of megabytes never exists in memory, as a string or as bytes (fresh memory is slow to touch). Each
 * piece is encoded on its own, so a surrogate pair must not be split between two.
 */
export function writeNewFileFromParts(path: string, parts: Iterable<string>): void {
  const fd = openSync(path, NEW_FILE, 0o644);
  try {
    const buffer = Buffer.allocUnsafe(PIECES_BUFFER);
    let used = 0;
    const flush = () => {
      writeAll(fd, buffer, used);
      used = 0;
    };
    for (const part of parts) {
      // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair: 4 for 2).
      if (used + part.length * 3 > PIECES_BUFFER) flush();
      if (part.length * 3 > PIECES_BUFFER) writeFileSync(fd, part);
      else used += buffer.write(part, used);
    }
    flush();
  } catch (error) {
    throw named(error, path);
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies the ordinary file `from` to the new file `to`; with `sha256`, the bytes must hash to it (a cached
 * file that was changed or replaced is refused rather than published).
 */
export function copyToNewFile(from: string, to: string, sha256?: string): void {
  const input = openRegularFile(from);
  try {
    const output = openSync(to, NEW_FILE, 0o644);
    try {
      const hash = sha256 === undefined ? undefined : createHash('sha256');
      const buffer = Buffer.allocUnsafe(CHUNK);
      for (;;) {
        const n = readSync(input, buffer, 0, CHUNK, null);
        if (n === 0) break;
        hash?.update(buffer.subarray(0, n));
        writeAll(output, buffer, n);
      }
      if (hash && hash.digest('hex') !== sha256) throw fsError('ECHANGED', 'copyfile', from, 'the bytes do not match their recorded hash');
    } catch (error) {
      throw named(error, to);
    } finally {
      closeSync(output);
    }
  } finally {
    closeSync(input);
  }
}

let counter = 0;

/**
 * Replaces `path` with `content` by writing a new temporary file beside it and renaming it over: a link
 * standing at `path` is replaced, never followed, and a reader never sees half a file.
 */
export function replaceFile(path: string, content: string | Uint8Array | { from: string; sha256?: string }): void {
  const temp = join(dirname(path), `.${basename(path)}.vita-${process.pid}-${++counter}`);
  try {
    if (typeof content === 'object' && 'from' in content) copyToNewFile(content.from, temp, content.sha256);
    else writeNewFile(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Creates the folders of the file path `rel` under `root`, one by one. A folder that is already there must be a
 * real one: a symbolic link (which a repository or an earlier hand can plant) would take the files elsewhere.
 */
export function makeFoldersIn(root: string, rel: string): void {
  let dir = root;
  for (const name of rel.split('/').slice(0, -1)) {
    dir = join(dir, name);
    const stats = lstatSync(dir, { throwIfNoEntry: false });
    if (stats === undefined) mkdirSync(dir);
    else if (stats.isSymbolicLink()) throw fsError('ELINKED', 'mkdir', dir, 'a symbolic link stands where a folder is written');
    else if (!stats.isDirectory()) throw fsError('ENOTDIR', 'mkdir', dir, 'a file stands where a folder is written');
  }
}
