/// <reference types="node" />
import type { ParseArgsConfig } from 'node:util';
import type { Io } from './run.js';

/** One `verdict-elements` command: a module `src/cli/commands/<name>.ts` exporting `command`. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: ParseArgsConfig['options'];
  run(positionals: string[], values: Record<string, string | boolean | string[] | undefined>, io: Io): number | Promise<number>;
}
