#!/usr/bin/env node
/// <reference types="node" />
/**
 * Entry of the `verdict-elements` bin (package.json "bin"): validate comparison documents before
 * publishing them, and print their figures. See `verdict-elements --help`.
 */
import { run } from './run.js';

// `verdict-elements stats x.json | head -1` closes the pipe early: that is not an error.
const ignoreClosedPipe = (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.exitCode = 1;
};
process.stdout.on('error', ignoreClosedPipe);
process.stderr.on('error', ignoreClosedPipe);

// Exit by setting the code, never by throwing or process.exit(): pending output is written first.
process.exitCode = await run(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
