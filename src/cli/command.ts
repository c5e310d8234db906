/// <reference types="node" />
/**
 * What every `verdict-elements` subcommand is: one module in `commands/<name>.ts` exporting
 * `command`, listed in run.ts's table. run.ts parses the options (node:util `parseArgs`, with the
 * command's `options` plus `-h/--help`), refuses unknown ones with exit 2, builds `--help` from
 * `usage`/`summary`/`optionHelp`, and calls `run` with the positionals and values.
 *
 * Output convention: results go to `io.out`; every problem goes to `io.err`, one line each,
 * prefixed with the file name as it was given (see `report`). Return an EXIT_* code; never throw
 * for a user's mistake (run.ts turns a throw into one "unexpected error" line, exit 1).
 */
import type { ParseArgsConfig } from 'node:util';

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** Exit codes: 0 all good, 1 a document is invalid or unreadable, 2 wrong usage. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export const NAME = 'verdict-elements';

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  /** The word after `verdict-elements`. */
  name: string;
  /** `--help` text beside the usage; may hold several lines (wrapped at ~64 columns). */
  summary: string;
  /** The synopsis, e.g. `stats FILE [--json]`. */
  usage: string;
  /** parseArgs options of this command (`-h/--help` is added by run.ts). */
  options: ParseArgsConfig['options'];
  /** `--help` lines for the options: option name (as in `options`) -> description. Optional. */
  optionHelp?: Record<string, string>;
  run(positionals: string[], values: OptionValues, io: Io): number | Promise<number>;
}

/** Thrown by a command for wrong usage (e.g. the number of FILEs): exit 2 with the message and help. */
export class UsageError extends Error {}

/**
 * Document text is untrusted: control characters (ANSI escapes, newlines, bidi overrides) are
 * shown as escapes so that a document cannot rewrite the terminal or fake another line.
 */
export const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function printable(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, escapeChar);
}

/** The file as the user wrote it, so that they recognise it ("" would print as nothing). */
export const shown = (file: string) => (file === '' ? '""' : file);

/** One `FILE: problem` line on stderr per problem. */
export function report(io: Io, file: string, problems: string[]): void {
  for (const problem of problems) io.err(printable(`${shown(file)}: ${problem}`));
}
