/// <reference types="node" />
/**
 * The `verdict-elements` command line: finds the subcommand in COMMANDS, parses its options with
 * node:util `parseArgs`, and runs it. `--help` is built from the commands' usages and summaries.
 * Node built-ins only; never throws.
 *
 * Why `parseArgs` rather than commander or cac: it is part of Node (no dependency in the
 * package that every user of the elements installs), and it only parses: the messages, exit codes
 * and help text stay ours, where those libraries print and exit their own way unless overridden.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { VERSION } from '../version.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, NAME, UsageError, printable, type Command, type Io, type OptionValues } from './command.js';
import { command as badge } from './commands/badge.js';
import { command as convert } from './commands/convert.js';
import { command as render } from './commands/render.js';
import { command as stats } from './commands/stats.js';
import { command as validate } from './commands/validate.js';

export { EXIT_INVALID, EXIT_OK, EXIT_USAGE, printable, type Command, type Io } from './command.js';
export { statsJson } from './commands/stats.js';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [validate, stats, badge, convert, render];

const indent = (text: string, spaces: number) => text.replace(/\n/g, `\n${' '.repeat(spaces)}`);

/** `  usage                 summary` with the summary's further lines aligned under its first. */
function commandLine(command: Command): string {
  const head = command.usage.length > 20 ? `  ${command.usage}\n${' '.repeat(24)}` : `  ${command.usage.padEnd(20)}  `;
  return head + indent(command.summary, 24);
}

/** `  --flag VALUE  (command) description`, every description in one column (the longest flag sets it). */
function optionLines(commands: readonly Command[]): string[] {
  const rows: [string, string][] = [];
  for (const command of commands) {
    for (const [name, description] of Object.entries(command.optionHelp ?? {})) {
      const option = command.options?.[name];
      const flag = `${option?.short ? `-${option.short}, ` : ''}--${name}${option?.type === 'string' ? ' VALUE' : ''}`;
      rows.push([flag, `(${command.name}) ${description}`]);
    }
  }
  rows.push(['-h, --help', 'show this help'], ['--version', 'print the version']);
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return rows.map(([flag, description]) => `  ${flag.padEnd(width)}  ${indent(description, width + 4)}`);
}

export const USAGE = `Usage: ${NAME} <command> [options]

Commands:
${COMMANDS.map(commandLine).join('\n')}

Options:
${optionLines(COMMANDS).join('\n')}

Results go to stdout, problems to stderr.
Exit status: 0 when every document is valid, 1 when one is invalid or cannot be read,
2 for a wrong command or option.`;

function usageError(io: Io, message: string): number {
  io.err(`${NAME}: ${printable(message)}`);
  io.err('');
  io.err(USAGE);
  return EXIT_USAGE;
}

type Parsed = { help: true } | { help: false; error: string } | { help: false; error?: undefined; positionals: string[]; values: OptionValues };

/** The command's own options plus -h/--help; unknown options and bad values are usage errors. */
function parse(command: Command, args: string[]): Parsed {
  const options: ParseArgsConfig['options'] = { ...command.options, help: { type: 'boolean', short: 'h' } };
  // A first, lenient pass sees the options in order: a --help before a wrong option still helps.
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (token.name === 'help') return { help: true };
    if (!Object.hasOwn(options, token.name)) return { help: false, error: `unknown option ${token.rawName} for ${command.name}` };
  }
  try {
    const { positionals, values } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { help: false, positionals, values: values as OptionValues };
  } catch (cause) {
    // A string option without its value, or a value given to a boolean one: Node's sentence says which.
    return { help: false, error: `${(cause as Error).message} (${command.name})` };
  }
}

/** Runs one command line (without `node` and the script) and resolves to the exit code. Never throws or rejects. */
export async function run(args: readonly string[], io: Io): Promise<number> {
  try {
    const [name, ...rest] = args;
    if (name === undefined) return usageError(io, 'missing command');
    if (name === '-h' || name === '--help' || name === 'help') {
      io.out(USAGE);
      return EXIT_OK;
    }
    if (name === '--version') {
      io.out(VERSION);
      return EXIT_OK;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) return usageError(io, name.startsWith('-') ? `unknown option ${name}` : `unknown command "${name}"`);
    const parsed = parse(command, rest);
    if (parsed.help) {
      io.out(USAGE);
      return EXIT_OK;
    }
    if (parsed.error !== undefined) return usageError(io, parsed.error);
    return await command.run(parsed.positionals, parsed.values, io);
  } catch (cause) {
    if (cause instanceof UsageError) return usageError(io, cause.message);
    // A bug of ours, not the document's: one line, no stack trace.
    io.err(`${NAME}: unexpected error: ${printable(cause instanceof Error ? cause.message : String(cause))}`);
    return EXIT_INVALID;
  }
}
