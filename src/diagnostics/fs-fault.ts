/**
 * The one translation from an operating-system file error (EACCES, ENOSPC …) to words a user can act on.
 * Every command uses it, for faults found while reading a site and for faults that escape a command
 * (a full disk while writing), so none of them ends in the "internal error" banner.
 */

/** A file error as Node reports it: `code`, `syscall`, `path` and, for rename/copy, `dest`. */
export interface FsError extends Error {
  code: string;
  syscall?: string;
  path?: string;
  dest?: string;
}

/** What to tell the user about a file error: a rule id, one sentence naming the path, and what to do. */
export interface FsFault {
  rule: string;
  message: string;
  hint: string;
}

/** True for an error thrown by a file operation that `describeFsFault` can explain. */
export function isFsFault(error: unknown): error is FsError {
  return error instanceof Error && typeof (error as FsError).code === 'string' && (error as FsError).code in FAULTS;
}

// What the failing call was trying to do, in words; `open` of a file for writing reads as "open".
const VERBS: Record<string, string> = {
  open: 'open', read: 'read', writeinto: 'write into', lock: 'lock', scandir: 'list', opendir: 'list', write: 'write', mkdir: 'create', rename: 'rename',
  copyfile: 'copy', unlink: 'delete', rmdir: 'delete', rm: 'delete', stat: 'look at', lstat: 'look at', realpath: 'look at',
};

const FAULTS: Record<string, (path: string, verb: string) => FsFault> = {
  EACCES: (path, verb) => ({
    rule: 'fs-permission', message: `Permission denied: Vita may not ${verb} ${path}.`,
    hint: 'Check who owns it and its permissions (`ls -ld`), or run Vita as a user who may use it.',
  }),
  EPERM: (path, verb) => FAULTS.EACCES!(path, verb),
  EISDIR: (path) => ({
    rule: 'fs-is-folder', message: `${path} is a folder where a file was expected.`,
    hint: 'Rename or remove the folder, or put the file in it by its own name.',
  }),
  ENOTDIR: (path) => ({
    rule: 'fs-not-folder', message: `${path} (or a folder above it) is a file where a folder was expected.`,
    hint: 'Rename or remove the file that stands where the folder should be.',
  }),
  ENOENT: (path) => ({
    rule: 'fs-missing', message: `${path} does not exist (it may have been moved or deleted while Vita was working).`,
    hint: 'Check the path; if files were being changed during the run, run the command again.',
  }),
  EROFS: (path, verb) => ({
    rule: 'fs-read-only', message: `Vita cannot ${verb} ${path}: the file system is read-only.`,
    hint: 'Write to a folder on a writable disk (for a build: --out DIR).',
  }),
  ENOSPC: (path, verb) => ({
    rule: 'fs-full', message: `Vita cannot ${verb} ${path}: the disk is full.`,
    hint: 'Free some space on that disk, or write somewhere else (for a build: --out DIR); the previous output is untouched.',
  }),
  EDQUOT: (path, verb) => ({ ...FAULTS.ENOSPC!(path, verb), message: `Vita cannot ${verb} ${path}: the disk quota is used up.` }),
  ENAMETOOLONG: (path) => ({
    rule: 'fs-name-too-long', message: `The name ${path} is too long for the file system.`,
    hint: 'Shorten the file name or permalink (most file systems allow 255 bytes per name).',
  }),
  ELOOP: (path) => ({
    rule: 'fs-link-loop', message: `${path} is a symbolic link that leads back to itself (a loop).`,
    hint: 'Remove the link or point it at a real file.',
  }),
  EBUSY: (path, verb) => ({
    rule: 'fs-busy', message: `Vita cannot ${verb} ${path}: it is busy (a mount point or in use by another program).`,
    hint: 'Close what uses it, or choose another folder.',
  }),
  EEXIST: (path, verb) => ({
    rule: 'fs-exists', message: `Vita cannot ${verb} ${path}: something already exists there.`,
    hint: 'Remove it, or run the command again if another Vita was running at the same time.',
  }),
  ENOTEMPTY: (path, verb) => ({
    rule: 'fs-not-empty', message: `Vita cannot ${verb} ${path}: the folder is not empty.`,
    hint: 'Another program may be writing into it; run the command again.',
  }),
  EMFILE: (path, verb) => ({
    rule: 'fs-too-many-files', message: `Vita cannot ${verb} ${path}: too many files are open.`,
    hint: 'Raise the limit (`ulimit -n`) or close other programs, then run the command again.',
  }),
  // Vita's own codes (src/write/safe-files.ts): what the operating system would not refuse, but Vita does.
  ENOTREG: (path) => ({
    rule: 'fs-not-a-file', message: `${path} is not an ordinary file (a named pipe, socket or device).`,
    hint: 'Vita reads and copies only ordinary files; remove it.',
  }),
  ECHANGED: (path) => ({
    rule: 'fs-changed', message: `${path} changed while Vita was copying it: its bytes no longer match what was checked.`,
    hint: 'Something else is writing there (for the image cache: delete node_modules/.cache/vita); run the command again.',
  }),
  ELINKED: (path) => ({
    rule: 'fs-linked-folder', message: `${path} is a symbolic link; Vita writes only into real folders, so that no file lands elsewhere.`,
    hint: 'Remove the link (or put a real folder in its place), then run the command again.',
  }),
  EIO: (path, verb) => ({
    rule: 'fs-io', message: `Vita cannot ${verb} ${path}: the disk reported an input/output error.`,
    hint: 'The disk or network share may be failing; check it, then run the command again.',
  }),
};

/** The fault in words; `shown` is the path as the user should see it (default: the error's own path). */
export function describeFsFault(error: FsError, shown?: string): FsFault {
  const path = shown ?? error.path ?? 'a file';
  const verb = VERBS[error.syscall ?? ''] ?? 'use';
  const fault = FAULTS[error.code]!(path, verb);
  // A rename names two paths; the destination is often the one that matters (a mount point, a full disk).
  return error.dest && shown === undefined ? { ...fault, message: fault.message.replace(path, `${path} → ${error.dest}`) } : fault;
}
