/**
 * `verdict-elements validate FILE... [--strict]`: "FILE: ok" on stdout, or each problem on stderr.
 * Warnings for likely mistakes (src/data/warnings.ts) go to stderr as "FILE: warning: path:
 * message"; they fail the run only with --strict.
 */
import { EXIT_INVALID, EXIT_OK, UsageError, printable, report, shown, type Command } from '../command.js';
import { documentWarnings, readDocument } from '../read-document.js';

export const command: Command = {
  name: 'validate',
  usage: 'validate FILE... [--strict]',
  summary: `check comparison documents (.json, or .yaml/.yml) against
every rule of the format (the same validator the elements
use); prints "FILE: ok" or each problem as "FILE: path: message",
and warnings for likely mistakes as "FILE: warning: path: message"`,
  options: { strict: { type: 'boolean' } },
  optionHelp: { strict: 'exit 1 when a document has warnings' },
  run(files, values, io) {
    if (files.length === 0) throw new UsageError('validate needs at least one FILE');
    let code = EXIT_OK;
    for (const file of files) {
      const loaded = readDocument(file);
      if (!loaded.ok) {
        report(io, file, loaded.problems);
        code = EXIT_INVALID;
        continue;
      }
      io.out(printable(`${shown(file)}: ok`));
      const warnings = documentWarnings(loaded);
      report(io, file, warnings.map((warning) => `warning: ${warning}`));
      if (warnings.length > 0 && values.strict) code = EXIT_INVALID;
    }
    return code;
  },
};
