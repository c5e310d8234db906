/// <reference types="node" />
/**
 * The `verdict-elements` command: checks comparison documents with the same validator the elements
 * use (src/data), and prints their derived figures. Node built-ins only; never throws.
 *
 * Output convention: results (`FILE: ok`, the stats table or JSON, help, version) go to stdout;
 * every problem (a broken rule, an unreadable file, wrong usage) goes to stderr, one line each,
 * prefixed with the file name as it was given.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Command } from './command.js';
import { command as render } from './commands/render.js';
import { NO_FIGURE, figuresFor, type Share } from '../data/derive.js';
import { VerdictError } from '../data/errors.js';
import { MAX_DOCUMENT_BYTES } from '../data/loader.js';
import { prepareComparison } from '../data/parse.js';
import type { ComparisonDocument } from '../data/schema.js';
import { VERSION } from '../version.js';

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** Exit codes: 0 all good, 1 a document is invalid or unreadable, 2 wrong usage. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

const NAME = 'verdict-elements';

export const USAGE = `Usage: ${NAME} <command> [options]

Commands:
  validate FILE...      check comparison documents against every rule of the format
                        (the same validator the elements use); prints "FILE: ok" or
                        each problem as "FILE: path: message"
  stats FILE [--json]   print each tool's derived figures: panel ship share, community
                        ship share and votes, pricing label
  render FILE --element NAME [options]
                        print an element as static HTML (see render --help)

Options:
  --json       (stats) print the figures as JSON instead of a table
  -h, --help   show this help
  --version    print the version

Results go to stdout, problems to stderr.
Exit status: 0 when every document is valid, 1 when one is invalid or cannot be read,
2 for a wrong command or option.`;

/**
 * Document text is untrusted: control characters (ANSI escapes, newlines, bidi overrides) are
 * shown as escapes so that a document cannot rewrite the terminal or fake another line.
 */
const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function printable(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, escapeChar);
}

type Loaded = { ok: true; document: ComparisonDocument } | { ok: false; problems: string[] };

const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;

function fsProblem(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'ENOTDIR':
      return 'no such file (a part of the path is not a directory)';
    case 'EISDIR':
      return 'is a directory, not a JSON file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'ELOOP':
      return 'cannot be read: too many symbolic links';
    default:
      return `cannot be read: ${typeof code === 'string' ? code : (cause as Error)?.message ?? String(cause)}`;
  }
}

/** `... at position 66` -> `... at position 66 (line 1, column 67)`, where Node does not say it already. */
function withLineAndColumn(message: string, text: string): string {
  const match = /at position (\d+)/.exec(message);
  if (!match || /line \d+/.test(message)) return message;
  const position = Number(match[1]);
  const before = text.slice(0, position).split('\n');
  return `${message} (line ${before.length}, column ${before[before.length - 1]!.length + 1})`;
}

export type Read = { ok: true; value: unknown } | { ok: false; problems: string[] };

/** The one reader of document files (every command, the Eleventy shortcode): reads and parses, no validation. */
export function readDocument(file: string): Read {
  const fail = (message: string): Read => ({ ok: false, problems: [message] });
  let bytes: Uint8Array;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) return fail('is a directory, not a JSON file');
    // The elements refuse documents over the limit; so does this check (FIFOs report size 0).
    if (stats.size > MAX_DOCUMENT_BYTES) return fail(`is ${mib(stats.size)}, over the 2 MiB limit for a comparison document`);
    bytes = readFileSync(file);
  } catch (cause) {
    return fail(fsProblem(cause));
  }
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    return fail(`is more than ${mib(MAX_DOCUMENT_BYTES)}, over the 2 MiB limit for a comparison document`);
  }
  // As a browser reads a response: UTF-8, byte order mark dropped, bad bytes replaced.
  const text = new TextDecoder().decode(bytes);
  if (!text.trim()) return fail('is empty; expected a JSON comparison document');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const hint = text.trimStart().startsWith('<')
      ? 'it looks like an HTML page, not a .json file'
      : withLineAndColumn((cause as Error).message, text);
    return fail(`not valid JSON: ${hint}`);
  }
  return { ok: true, value };
}

/** Reads, parses and validates one file. Relative links resolve against the file's own URL. */
function load(file: string): Loaded {
  const read = readDocument(file);
  if (!read.ok) return read;
  try {
    return { ok: true, document: prepareComparison(read.value, pathToFileURL(resolve(file)).href, file) };
  } catch (cause) {
    if (cause instanceof VerdictError && cause.kind === 'schema') {
      return { ok: false, problems: cause.issues.map((issue) => `${issue.path}: ${issue.message}`) };
    }
    if (cause instanceof VerdictError) return { ok: false, problems: [cause.message] };
    throw cause;
  }
}

/** The file as the user wrote it, so that they recognise it ("" would print as nothing). */
const shown = (file: string) => (file === '' ? '""' : file);

function report(io: Io, file: string, problems: string[]): void {
  for (const problem of problems) io.err(printable(`${shown(file)}: ${problem}`));
}

function validate(io: Io, files: string[]): number {
  let code = EXIT_OK;
  for (const file of files) {
    const loaded = load(file);
    if (loaded.ok) io.out(printable(`${shown(file)}: ok`));
    else {
      report(io, file, loaded.problems);
      code = EXIT_INVALID;
    }
  }
  return code;
}

const percent = (share: Share) => (share.percent === null ? NO_FIGURE : `${share.percent}%`);

/** The figures of one document as plain data: `percent` is `null` where the elements show "—". */
export function statsJson(file: string, doc: ComparisonDocument) {
  return {
    file,
    id: doc.id,
    title: doc.title,
    tools: figuresFor(doc).tools.map((f) => ({
      id: f.tool.id,
      name: f.tool.name,
      panel: { percent: f.panel.percent, ship: f.panel.ship, reviews: f.panel.total },
      community: { percent: f.community.percent, ship: f.community.ship, votes: f.community.total },
      pricing: f.pricing,
    })),
  };
}

/** Columns padded by code points; right-aligned where `right[i]`. */
function table(rows: string[][], right: boolean[]): string[] {
  const width = (s: string) => [...s].length;
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => width(row[i]!))));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - width(cell));
        return right[i] ? pad + cell : i === row.length - 1 ? cell : cell + pad;
      })
      .join('  '),
  );
}

function stats(io: Io, file: string, json: boolean): number {
  const loaded = load(file);
  if (!loaded.ok) {
    report(io, file, loaded.problems);
    return EXIT_INVALID;
  }
  if (json) {
    const data = statsJson(file, loaded.document);
    // JSON.stringify escapes C0 controls; DEL, C1 and bidi controls are escaped here (still the same JSON).
    io.out(JSON.stringify(data, null, 2).replace(/[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, escapeChar));
    return EXIT_OK;
  }
  const doc = loaded.document;
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  io.out(printable(`${file}: ${doc.title} (${doc.id})`));
  io.out(
    `${count(doc.tools.length, 'tool')}, ${count(doc.reviewers.length, 'reviewer')}, ${count(doc.reviews.length, 'review')}`,
  );
  io.out('');
  const rows = [
    ['TOOL', 'NAME', 'PANEL', 'SHIP/REVIEWS', 'COMMUNITY', 'VOTES', 'PRICING'],
    ...figuresFor(doc).tools.map((f) =>
      [
        f.tool.id,
        f.tool.name,
        percent(f.panel),
        `${f.panel.ship}/${f.panel.total}`,
        percent(f.community),
        String(f.community.total),
        f.pricing ?? NO_FIGURE,
      ].map(printable),
    ),
  ];
  for (const line of table(rows, [false, false, true, true, true, true, false])) io.out(line);
  return EXIT_OK;
}

function usageError(io: Io, message: string): number {
  io.err(`${NAME}: ${printable(message)}`);
  io.err('');
  io.err(USAGE);
  return EXIT_USAGE;
}

/** Commands written as modules (src/cli/commands/), run through node:util parseArgs. */
const COMMANDS: Record<string, Command> = { [render.name]: render };

function runCommand(cmd: Command, args: string[], io: Io): number | Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...cmd.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (cause) {
    return usageError(io, `${cmd.name}: ${(cause as Error).message}`);
  }
  if (parsed.values.help) {
    io.out(cmd.usage);
    return EXIT_OK;
  }
  return cmd.run(parsed.positionals, parsed.values, io);
}

const unexpected = (io: Io, cause: unknown) => {
  // A bug of ours, not the document's: one line, no stack trace.
  io.err(`${NAME}: unexpected error: ${printable(cause instanceof Error ? cause.message : String(cause))}`);
  return EXIT_INVALID;
};

/** Runs one command line (without `node` and the script) and returns the exit code. Never throws. */
export function run(args: readonly string[], io: Io): number | Promise<number> {
  try {
    const [command, ...rest] = args;
    if (command === undefined) return usageError(io, 'missing command');
    if (command === '-h' || command === '--help' || command === 'help') {
      io.out(USAGE);
      return EXIT_OK;
    }
    if (command === '--version') {
      io.out(VERSION);
      return EXIT_OK;
    }
    const module = COMMANDS[command];
    if (module) {
      const code = runCommand(module, rest, io);
      return typeof code === 'number' ? code : code.catch((cause: unknown) => unexpected(io, cause));
    }
    if (command !== 'validate' && command !== 'stats') {
      return usageError(io, command.startsWith('-') ? `unknown option ${command}` : `unknown command "${command}"`);
    }
    const files: string[] = [];
    let json = false;
    let optionsEnded = false;
    for (const arg of rest) {
      if (optionsEnded || !arg.startsWith('-')) files.push(arg);
      else if (arg === '--') optionsEnded = true;
      else if (arg === '-h' || arg === '--help') {
        io.out(USAGE);
        return EXIT_OK;
      } else if (arg === '--json' && command === 'stats') json = true;
      else return usageError(io, `unknown option ${arg} for ${command}`);
    }
    if (command === 'validate') {
      if (files.length === 0) return usageError(io, 'validate needs at least one FILE');
      return validate(io, files);
    }
    if (files.length !== 1) return usageError(io, `stats takes one FILE (got ${files.length})`);
    return stats(io, files[0]!, json);
  } catch (cause) {
    return unexpected(io, cause);
  }
}
