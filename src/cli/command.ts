import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What every `vita <command>` module exports. */
export interface Command {
  /** One line for `vita --help`. */
  summary: string;
  /** Full `vita <command> --help` text. */
  help: string;
  /** Runs the command; resolves to the process exit code (0 ok, 1 user's problem, 2 usage error). */
  run(args: string[], io: CommandIO): Promise<number>;
}

/** Where a command writes; tests pass their own to capture output. */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a colour terminal. */
  color: boolean;
  cwd: string;
}

/** A usage mistake on the command line (unknown flag, missing argument): exit code 2, no stack trace. */
export class UsageError extends Error {}

type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** What parseCommandArgs returns for the options `O`. */
export type ParsedCommandArgs<O extends CommandOptions> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>>;

/** Parses a command's flags and positionals; an unknown or malformed flag becomes a UsageError (exit 2). */
export function parseCommandArgs<O extends CommandOptions>(args: string[], options: O): ParsedCommandArgs<O> {
  try {
    return parseArgs({ args, allowPositionals: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
